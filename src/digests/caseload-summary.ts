// The supervisor's weekly caseload summary: each specialist's figures against
// the fidelity targets, the unit's estimated scores, and a chart of the last
// eight weeks of face-to-face employer contacts.
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { Tx } from '../db/tx.js';
import type { Block, Message } from '../core/message.js';
import { addLocalDays, describeDate } from '../core/local-date.js';
import { message } from '../core/reply.js';
import { caseloadOn, followAlongCases, followAlongTallies, meetingPlaces } from './caseload-facts.js';
import type { FileStore } from '../files/file-store.js';
import type { ChartPoint } from './chart-drawing.js';
import { contactsChartPng } from './chart-pool.js';
import { contactWeeks, weeklySeries } from './contact-weeks.js';
import type { DigestPeriod } from './digest-period.js';
import type { DigestUnit } from './digest-unit.js';
import { weeklyContactTarget } from './fidelity-bands.js';
import { employerIndicators, relationshipMonths } from './employer-indicators.js';
import { fidelityScores, scoreRow, unitJobs, type SpecialistFigures } from './fidelity-estimate.js';
import { lookingForWork, lookingOn } from './looking-for-work.js';
import { loadWorkHistories } from '../services/caseload-snapshot.js';
import { outcomeFigures, outcomeLines, rollingYear } from '../services/outcomes.js';
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
  // Read once for follow-along, its tallies and the outcome figures.
  const people = await loadWorkHistories(tx, { specialistId: { in: ids } }, unit.timeZone);
  const followAlong = followAlongCases(people, today);
  // Items 22/23 over the 3 months up to yesterday: today's checkpoints are not missed yet.
  const tallies = followAlongTallies(people, ids, monthsBefore(today, 3), addLocalDays(today, -1));
  const places = await meetingPlaces(tx, ids, addLocalDays(today, -27), today);
  const weeks = await contactWeeks(tx, ids, period, chartWeeks);
  const jobs = await unitJobs(tx, ids, today);
  // The last day of each of the last 4 weeks, oldest first: who was looking for work then sets that week's target.
  const weekEnds = [3, 2, 1, 0].map((k) => addLocalDays(today, -7 * k));
  const looking = await lookingForWork(tx, ids, weekEnds);
  const indicators = await employerIndicators(tx, ids, today, monthsBefore(today, relationshipMonths));
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
    const lookingNow = lookingOn(looking, specialist.id, today);
    // Someone still inside their first 30 days with no contact yet is not late: leave them out until they are.
    // Someone in work at entry (retention) is not searching; someone who found work by themselves is no longer late.
    const daysToFirst = people
      .filter((p) => p.programmeEntryOn > yearAgo && !p.retention)
      .flatMap((p) => {
        const days = daysBetween(p.programmeEntryOn, p.firstEmployerContactOn ?? today);
        return p.firstEmployerContactOn !== null || (days > daysToFirstContactTarget && !p.working) ? [days] : [];
      });
    const follow = followAlong.filter((f) => f.specialistId === specialist.id);
    const toClose = people.filter((p) => (p.lastServiceOn ?? p.programmeEntryOn) < threeMonthsAgo);
    const repeat = sum(lastFour.map((w) => w.repeatVisits));
    const inPerson = sum(lastFour.map((w) => w.inPerson));
    figures.push({
      active: people.length,
      fte: specialist.fte,
      lastFourWeeks: lastFour.map((w, k) => ({ contacts: w.inPerson, looking: lookingOn(looking, specialist.id, weekEnds[k]!) })),
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

    const target = weeklyContactTarget(lookingNow);
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
            value: `${thisWeek} this week (${target === 0 ? 'no target: nobody looking for work' : `target ${target}${target === 6 ? '' : `: 2 × ${lookingNow} looking for work`}`}); last 4 weeks ${lastFour.map((w) => w.inPerson).join(', ')}`,
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

  const scores = fidelityScores(figures, jobs, indicators);
  const { from, to } = rollingYear(today);
  blocks.push(
    { kind: 'divider' },
    { kind: 'heading', text: 'Estimated fidelity scores (from what the bot has logged)' },
    { kind: 'facts', facts: scores.map(scoreRow) },
    { kind: 'list', title: 'Outcomes (IPS Grow definitions), last 12 months', items: outcomeLines(outcomeFigures(people, from, to)) },
  );

  const fileName = `contacts-${unit.key}-${period.label}.png`;
  const title = `Face-to-face employer contacts per week, ${unit.name}`;
  const png = await contactsChartPng(chartPoints, 6, title);
  blocks.push({ kind: 'image', file: fileName, alt: `${title}, last ${chartWeeks} weeks, with the target of 6 a week` });
  return message(blocks, [await files.save({ name: fileName, mimeType: 'image/png', bytes: png, title })]);
}
