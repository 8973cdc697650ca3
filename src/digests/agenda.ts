// The weekly IPS team-meeting agenda, in the seven parts of the supervisor
// manual's team-meeting checklist. People appear by pseudonymous ref only.
import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../db/tx.js';
import type { Block, Message } from '../core/message.js';
import { addLocalDays, describeDate, instantAt, toDbDate, type LocalDate } from '../core/local-date.js';
import { message } from '../core/reply.js';
import { caseloadOn } from './caseload-facts.js';
import { weeksBefore, type DigestPeriod } from './digest-period.js';
import type { DigestUnit } from './digest-unit.js';
import { daysBetween, monthsBefore } from './numbers.js';
import { idsSql } from './sql.js';
import { meetingNotes, openActions, targetLine, targetProgress } from '../fidelity/meeting-record.js';

export interface Targets {
  referrals: number;
  activeClients: number;
  jobStarts: number;
  inWork3Months: number;
  inWork6Months: number;
  inWork12Months: number;
  discharges: number;
}

const targetLabels: Record<keyof Targets, string> = {
  referrals: 'Referrals',
  activeClients: 'Active clients',
  jobStarts: 'Job starts',
  inWork3Months: 'In work 3+ months',
  inWork6Months: 'In work 6+ months',
  inWork12Months: 'In work 12+ months',
  discharges: 'Discharges',
};

/** The service lead's numbers for one week (counts on its last day for the standing figures). */
export async function targetsFor(tx: Tx, unit: DigestUnit, period: DigestPeriod): Promise<Targets> {
  const specialists = idsSql(unit.specialists.map((s) => s.id));
  const { start, end } = period;
  const [row] = await tx.$queryRaw<Targets[]>`
    SELECT
      (SELECT count(*) FROM "Referral" r WHERE r."clinicalTeamId" IN ${idsSql(unit.clinicalTeamIds)}
        AND r."referredOn" BETWEEN ${start}::date AND ${end}::date)::int AS "referrals",
      (SELECT count(*) FROM "Client" c WHERE c."specialistId" IN ${specialists} AND c.status <> 'referred'
        AND c."programmeEntryOn" <= ${end}::date AND (c."closedOn" IS NULL OR c."closedOn" > ${end}::date))::int AS "activeClients",
      (SELECT count(*) FROM "Job" j WHERE j."specialistId" IN ${specialists} AND NOT j.retention
        AND j."startOn" BETWEEN ${start}::date AND ${end}::date)::int AS "jobStarts",
      w.m3::int AS "inWork3Months", w.m6::int AS "inWork6Months", w.m12::int AS "inWork12Months",
      (SELECT count(*) FROM "Client" c WHERE c."specialistId" IN ${specialists}
        AND c."closedOn" BETWEEN ${start}::date AND ${end}::date)::int AS "discharges"
    FROM (
      SELECT count(DISTINCT j."clientId") FILTER (WHERE j."startOn" <= ${monthsBefore(end, 3)}::date) AS m3,
        count(DISTINCT j."clientId") FILTER (WHERE j."startOn" <= ${monthsBefore(end, 6)}::date) AS m6,
        count(DISTINCT j."clientId") FILTER (WHERE j."startOn" <= ${monthsBefore(end, 12)}::date) AS m12
      FROM "Job" j WHERE j."specialistId" IN ${specialists}
        AND j."startOn" <= ${end}::date AND (j."endOn" IS NULL OR j."endOn" > ${end}::date)
    ) w`;
  return row!;
}

const milestoneSpans = [
  { label: '4 weeks in work', sql: '28 days' },
  { label: '3 months in work', sql: '3 months' },
  { label: '6 months in work', sql: '6 months' },
  { label: '12 months in work', sql: '12 months' },
] as const;

async function milestones(tx: Tx, unit: DigestUnit, period: DigestPeriod) {
  const rows = await tx.$queryRaw<{ ref: string; label: string; specialist: string }[]>`
    SELECT c.ref, m.label, s."displayName" AS specialist
    FROM "Job" j
    JOIN "Client" c ON c.id = j."clientId"
    JOIN "Staff" s ON s.id = j."specialistId"
    CROSS JOIN (VALUES ${joinValues()}) AS m(label, span)
    WHERE j."specialistId" IN ${idsSql(unit.specialists.map((x) => x.id))} AND NOT j.retention
      AND j."startOn" >= ${monthsBefore(period.start, 13)}::date
      AND (j."startOn" + m.span::interval)::date BETWEEN ${period.start}::date AND ${period.end}::date
      AND (j."endOn" IS NULL OR j."endOn" > (j."startOn" + m.span::interval)::date)
    ORDER BY c.ref`;
  return rows.map((r) => `${r.ref}: ${r.label} (${r.specialist})`);
}

function joinValues() {
  // Constant rows; Prisma.sql keeps them as parameters.
  return Prisma.join(milestoneSpans.map((m) => Prisma.sql`(${m.label}, ${m.sql})`));
}

function change(now: number, before: number): string {
  const delta = now - before;
  return delta === 0 ? `${now} (same as last week)` : `${now} (${delta > 0 ? '+' : ''}${delta} on last week)`;
}

function listOr(title: string, items: string[], none: string): Block {
  return { kind: 'list', title, items: items.length ? items : [none] };
}

export interface AgendaOptions {
  /** Said at the top when a scheduled post went out late. */
  lateNote?: string;
}

export async function buildAgenda(tx: Tx, unit: DigestUnit, period: DigestPeriod, options: AgendaOptions = {}): Promise<Message> {
  const specialistIds = unit.specialists.map((s) => s.id);
  const inPeriod = { gte: toDbDate(period.start), lte: toDbDate(period.end) };
  const nameOf = new Map(unit.specialists.map((s) => [s.id, s.displayName]));
  const who = (id: number) => nameOf.get(id) ?? 'a former specialist';

  const starts = await tx.job.findMany({
    // A job held at programme entry (retention) is not a start.
    where: { specialistId: { in: specialistIds }, startOn: inPeriod, retention: false },
    include: { client: { select: { ref: true } } },
    orderBy: { startOn: 'asc' },
  });
  const reached = await milestones(tx, unit, period);
  const interviews = await tx.interview.findMany({
    where: { interviewOn: inPeriod, client: { specialistId: { in: specialistIds } } },
    include: { client: { select: { ref: true, specialistId: true, programmeEntryOn: true } } },
    orderBy: { interviewOn: 'asc' },
  });
  // A first interview since programme entry is a milestone of its own: the
  // first of the person's interviews on or after entry, in date order, then
  // in the order logged. One read of these people's interviews, not one per
  // interview.
  const history = await tx.interview.findMany({
    where: { clientId: { in: [...new Set(interviews.map((i) => i.clientId))] } },
    select: { id: true, clientId: true, interviewOn: true },
    orderBy: [{ interviewOn: 'asc' }, { id: 'asc' }],
  });
  const firstInterviewIds = new Set<number>();
  for (const { client, clientId } of interviews) {
    const entry = client.programmeEntryOn;
    const first = entry && history.find((h) => h.clientId === clientId && h.interviewOn >= entry);
    if (first) firstInterviewIds.add(first.id);
  }
  const caseload = await caseloadOn(tx, specialistIds, period.end);
  const losses = await tx.job.findMany({
    where: { specialistId: { in: specialistIds }, endOn: inPeriod },
    include: { client: { select: { ref: true } } },
    orderBy: { endOn: 'asc' },
  });
  const leads = await tx.jobLead.findMany({
    where: {
      specialistId: { in: specialistIds },
      createdAt: {
        gte: instantAt(period.start, '00:00', unit.timeZone),
        lt: instantAt(addLocalDays(period.end, 1), '00:00', unit.timeZone),
      },
    },
    include: { employer: { select: { name: true } }, clients: { select: { client: { select: { ref: true } } } } },
    orderBy: { createdAt: 'asc' },
  });
  const targets = await targetsFor(tx, unit, period);
  const lastWeek = await targetsFor(tx, unit, weeksBefore(period, 1));
  const benefits = await tx.employerContact.findMany({
    where: { specialistId: { in: specialistIds }, benefitsLiaison: true, contactedOn: inPeriod },
    include: { employer: { select: { name: true } } },
    orderBy: { contactedOn: 'asc' },
  });
  const waiting = await tx.client.findMany({
    where: { clinicalTeamId: { in: unit.clinicalTeamIds }, status: 'referred' },
    orderBy: { ref: 'asc' },
    select: { ref: true, referredOn: true },
  });

  const notes = await meetingNotes(tx, unit.id, period.start, period.end);
  const ideas = notes.filter((n) => n.kind === 'idea').map((n) => `${n.text} (${describeDate(n.on, period.end)})`);
  const learningPoints = notes.filter((n) => n.kind === 'learning').map((n) => `${n.text} (${describeDate(n.on, period.end)})`);
  const goals = await targetProgress(tx, { id: unit.id, clinicalTeamIds: unit.clinicalTeamIds, specialistIds }, period.end);
  const actions = await openActions(tx, unit.id);

  const day = (d: Date) => describeDate(d.toISOString().slice(0, 10), period.end);
  const daysSince = (from: LocalDate) => daysBetween(from, period.end);
  // Someone in work (a retention case, or who found work by themselves) is not searching.
  const pastDay30 = caseload.filter((p) => !p.working && p.firstEmployerContactOn === null && daysSince(p.programmeEntryOn) > 30);
  const quiet = caseload.filter((p) => daysSince(p.lastServiceOn ?? p.programmeEntryOn) >= 30);

  const blocks: Block[] = [
    { kind: 'heading', text: `IPS team meeting agenda: ${unit.name}, week to ${describeDate(period.end, period.end)}` },
    ...(options.lateNote ? [{ kind: 'note' as const, text: options.lateNote }] : []),
    { kind: 'heading', text: '1. Successes' },
    listOr(
      'Job starts',
      starts.map((j) => `${j.client.ref} started as ${j.role} (${j.jobType}) on ${day(j.startOn)}, with ${who(j.specialistId)}`),
      'No job starts logged this week.',
    ),
    listOr(
      'Interviews',
      interviews.map(
        (i) =>
          `${i.client.ref}: job interview on ${day(i.interviewOn)}${i.client.specialistId === null ? '' : `, with ${who(i.client.specialistId)}`}`,
      ),
      'No interviews logged this week (/client interview <ref> <employer>).',
    ),
    listOr(
      'Milestones',
      [
        ...reached,
        ...interviews.filter((i) => firstInterviewIds.has(i.id)).map((i) => `${i.client.ref}: first job interview since joining`),
      ],
      'No milestones this week.',
    ),
    { kind: 'heading', text: '2. Challenges and barriers' },
    listOr(
      'Past day 30 with no face-to-face employer contact',
      pastDay30.map((p) => `${p.ref}: day ${daysSince(p.programmeEntryOn)} (${who(p.specialistId)})`),
      'No one.',
    ),
    listOr(
      'No contact or outreach for 30+ days',
      quiet.map(
        (p) =>
          `${p.ref}: ${p.lastServiceOn ? `last contact ${daysSince(p.lastServiceOn)} days ago` : 'no contact since entry'} (${who(p.specialistId)})`,
      ),
      'No one.',
    ),
    listOr(
      'Job losses',
      losses.map((j) => `${j.client.ref}: ${j.role} ended ${day(j.endOn!)} (${who(j.specialistId)}); offer help with the next job`),
      'None this week.',
    ),
    { kind: 'heading', text: '3. Ideas and solutions' },
    listOr('Captured since the last meeting', ideas, 'None yet: add one in the meeting with /ips idea <text>.'),
    { kind: 'heading', text: '4. Job leads shared' },
    listOr(
      'Leads logged this week',
      leads.map((l) => {
        const suits = l.clients.map((c) => c.client.ref);
        return `${l.role} at ${l.employer.name} (${who(l.specialistId)})${suits.length ? `; might suit ${suits.join(', ')}` : ''}`;
      }),
      'No leads logged this week: who has one to share?',
    ),
    { kind: 'heading', text: '5. Targets and goals' },
    {
      kind: 'facts',
      facts: (Object.keys(targetLabels) as (keyof Targets)[]).map((k) => ({
        label: targetLabels[k],
        value: change(targets[k], lastWeek[k]),
      })),
    },
    listOr('Targets set by the service lead', goals.map(targetLine), 'No targets set (/ips target job-starts 4 per month).'),
    listOr(
      'Fidelity action plan',
      actions.map(
        (a) =>
          `${a.id}. Item ${a.item}: ${a.what} (${a.owner}, by ${describeDate(a.dueOn, period.end)}${a.dueOn < period.end ? ', overdue' : ''})`,
      ),
      'No open actions.',
    ),
    ...(waiting.length
      ? [
          {
            kind: 'list' as const,
            title: 'Referred, first meeting not logged yet',
            items: waiting.map((c) => (c.referredOn ? `${c.ref} (referred ${day(c.referredOn)})` : c.ref)),
          },
        ]
      : []),
    { kind: 'heading', text: '6. Benefits and government employment programmes' },
    listOr(
      'Contacts this week',
      benefits.map((c) => `${day(c.contactedOn)}: ${c.employer.name} (${who(c.specialistId)})`),
      'None logged this week (log one with /contact … benefits).',
    ),
    { kind: 'heading', text: '7. Learning and development' },
    listOr('Noted since the last meeting', learningPoints, 'Nothing noted yet: add it with /ips learning <text>.'),
    {
      kind: 'buttons',
      buttons: [
        { label: 'Add an idea', command: 'ips', args: 'idea' },
        { label: 'Add learning', command: 'ips', args: 'learning' },
        { label: 'Set a target', command: 'ips', args: 'target' },
        { label: 'Plan an action', command: 'ips', args: 'action' },
      ],
    },
  ];
  return message(blocks);
}
