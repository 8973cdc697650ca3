// The supervisor's weekly caseload summary: each specialist's figures against
// the fidelity targets, the unit's estimated scores, and a chart of the last
// eight weeks of face-to-face employer contacts.
import { format, parseISO } from 'date-fns';
import type { Tx } from '../db/tx.js';
import type { Block, Message } from '../core/message.js';
import { addLocalDays, describeDate } from '../core/local-date.js';
import { message } from '../core/reply.js';
import { caseloadOn, followAlongOn, followAlongTallies, meetingPlaces } from './caseload-facts.js';
import type { FileStore } from '../files/file-store.js';
import { contactsChartPng, type ChartPoint } from './contacts-chart.js';
import { contactWeeks, weeklySeries } from './contact-weeks.js';
import type { DigestPeriod } from './digest-period.js';
import type { DigestUnit } from './digest-unit.js';
import { weeklyContactTarget } from './fidelity-bands.js';
import { fidelityScores, unitJobs, type SpecialistFigures } from './fidelity-estimate.js';
import { daysBetween, mean, monthsBefore, percent, sum } from './numbers.js';

export const caseloadTarget = 20;
export const daysToFirstContactTarget = 30;
const chartWeeks = 8;

export interface SummaryOptions {
  lateNote?: string;
}

export async function buildCaseloadSummary(
  tx: Tx,
  files: FileStore,
  unit: DigestUnit,
  period: DigestPeriod,
  options: SummaryOptions = {},
): Promise<Message> {
  const ids = unit.specialists.map((s) => s.id);
  const today = period.end;
  const caseload = await caseloadOn(tx, ids, today);
  const followAlong = await followAlongOn(tx, ids, today, unit.timeZone);
  // Items 22/23 over the 3 months up to yesterday: today's checkpoints are not missed yet.
  const tallies = await followAlongTallies(tx, ids, monthsBefore(today, 3), addLocalDays(today, -1), unit.timeZone);
  const places = await meetingPlaces(tx, ids, addLocalDays(today, -27), today);
  const weeks = await contactWeeks(tx, ids, period, chartWeeks);
  const jobs = await unitJobs(tx, ids, today);
  const yearAgo = monthsBefore(today, 12);
  const threeMonthsAgo = monthsBefore(today, 3);

  const blocks: Block[] = [
    { kind: 'heading', text: `Caseload summary: ${unit.name}, week to ${describeDate(today, today)}` },
    ...(options.lateNote ? [{ kind: 'note' as const, text: options.lateNote }] : []),
  ];
  const figures: SpecialistFigures[] = [];
  const chartPoints: ChartPoint[] = [];
  for (const specialist of unit.specialists) {
    const people = caseload.filter((p) => p.specialistId === specialist.id);
    const series = weeklySeries(weeks, specialist.id, chartWeeks);
    const lastFour = series.slice(-4);
    const looking = people.filter((p) => !p.working).length;
    // Someone still inside their first 30 days with no contact yet is not late: leave them out until they are.
    const daysToFirst = people
      .filter((p) => p.programmeEntryOn > yearAgo)
      .flatMap((p) => {
        const days = daysBetween(p.programmeEntryOn, p.firstEmployerContactOn ?? today);
        return p.firstEmployerContactOn !== null || days > daysToFirstContactTarget ? [days] : [];
      });
    const follow = followAlong.filter((f) => f.specialistId === specialist.id);
    const toClose = people.filter((p) => (p.lastServiceOn ?? p.programmeEntryOn) < threeMonthsAgo);
    const repeat = sum(lastFour.map((w) => w.repeatVisits));
    const inPerson = sum(lastFour.map((w) => w.inPerson));
    figures.push({
      active: people.length,
      fte: specialist.fte,
      lookingForWork: looking,
      lastFourWeeks: lastFour.map((w) => w.inPerson),
      repeatVisits4Weeks: repeat,
      inPerson4Weeks: inPerson,
      daysToFirstContact: daysToFirst,
      followAlongDue: tallies.get(specialist.id)!.due,
      followAlongOnTime: tallies.get(specialist.id)!.onTime,
      meetingsWithPlace4Weeks: places.find((p) => p.specialistId === specialist.id)?.withPlace ?? 0,
      meetingsInCommunity4Weeks: places.find((p) => p.specialistId === specialist.id)?.inCommunity ?? 0,
    });
    for (const w of series) {
      chartPoints.push({
        specialist: specialist.displayName,
        week: format(parseISO(addLocalDays(today, -7 * w.weeksAgo)), 'd MMM'),
        contacts: w.inPerson,
      });
    }

    const target = weeklyContactTarget(looking);
    const overdue = follow.filter((f) => f.state === 'overdue');
    const due = follow.filter((f) => f.state === 'due');
    const thisWeek = series.at(-1)!.inPerson;
    blocks.push(
      { kind: 'divider' },
      { kind: 'heading', text: `${specialist.displayName}${specialist.fte === 1 ? '' : ` (${specialist.fte} FTE)`}` },
      {
        kind: 'facts',
        facts: [
          {
            label: 'Active caseload',
            value: `${people.length} (target ≤ ${caseloadTarget}${specialist.fte === 1 ? '' : ` per full time: ${(people.length / specialist.fte).toFixed(1)}`})`,
          },
          {
            label: 'Face-to-face employer contacts',
            value: `${thisWeek} this week (target ${target}${target === 6 ? '' : `: ${looking} looking for work`}); last 4 weeks ${lastFour.map((w) => w.inPerson).join(', ')}`,
          },
          {
            label: 'Days to first employer contact',
            value: daysToFirst.length
              ? `${Math.round(mean(daysToFirst))} on average over ${daysToFirst.length} (target ≤ ${daysToFirstContactTarget})`
              : 'no one to count yet',
          },
          {
            label: 'Follow-along contacts (face to face with the person)',
            value: `${due.length} due this week, ${overdue.length} overdue${overdue.length ? `: ${overdue.map((f) => `${f.ref} (${f.reason}, due ${describeDate(f.dueOn!, today)})`).join(', ')}; each clears with a face-to-face meeting (/client met <ref> f2f)` : ''}`,
          },
          { label: 'Cases to close (3 months without service)', value: toClose.length ? toClose.map((p) => p.ref).join(', ') : 'none' },
          {
            label: 'Repeat visits (cup of tea 2+)',
            value: inPerson
              ? `${percent(repeat, inPerson)}% of ${inPerson} in-person contacts in 4 weeks`
              : 'no in-person contacts in 4 weeks',
          },
        ],
      },
    );
  }

  const scores = fidelityScores(figures, jobs);
  blocks.push(
    { kind: 'divider' },
    { kind: 'heading', text: 'Estimated fidelity scores (from what the bot has logged)' },
    { kind: 'facts', facts: scores.map((s) => ({ label: s.item, value: `${s.band ? `${s.band}/5` : 'n/a'}: ${s.measure}` })) },
  );

  const fileName = `contacts-${unit.key}-${period.label}.png`;
  const title = `Face-to-face employer contacts per week, ${unit.name}`;
  const png = await contactsChartPng(chartPoints, 6, title);
  blocks.push({ kind: 'image', file: fileName, alt: `${title}, last ${chartWeeks} weeks, with the target of 6 a week` });
  return message(blocks, [await files.save({ name: fileName, mimeType: 'image/png', bytes: png, title })]);
}
