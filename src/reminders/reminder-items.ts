// What a specialist is reminded of, each item with the command that clears it.
// Computed from the data on the day (see follow-along.ts and caseload-flags.ts):
// there is no stored queue to lose or to replay twice.
import type { Tx } from '../db/tx.js';
import { describeDate, fromDbDate, toDbDate, addLocalDays, type LocalDate } from '../core/local-date.js';
import type { SnapshotPerson } from '../services/caseload-snapshot.js';
import { inactiveSince, pastDay30 } from '../services/caseload-flags.js';
import { dueFollowAlong, type DueCheckpoint } from '../services/follow-along.js';
import { dueActionsOf } from '../fidelity/meeting-record.js';

export type ReminderKind = 'follow-along' | 'job-end' | 'employer' | 'day-30' | 'inactive' | 'action';

export interface ReminderItem {
  kind: ReminderKind;
  text: string;
  /** The command that clears it. */
  command: string;
}

/** Planned employer contacts stay on the list this long after their day. */
const plannedContactDays = 14;

function when(c: DueCheckpoint, today: LocalDate): string {
  return c.by < today ? `was due by ${describeDate(c.by, today)}` : `due by ${describeDate(c.by, today)}`;
}

function followAlongText(ref: string, c: DueCheckpoint, today: LocalDate): string {
  const job = `${c.job.role} at ${c.job.employer}`;
  const d = (x: LocalDate) => describeDate(x, today);
  switch (c.kind) {
    case 'before-start':
      return `${ref} starts as ${job} on ${d(c.job.startOn)}: meet face to face before the start (${when(c, today)}).`;
    case 'after-start':
      return `${ref} started as ${job} on ${d(c.job.startOn)}: face-to-face follow-along within 3 days (${when(c, today)}).`;
    case 'weekly':
      return `${ref}, ${job}: weekly follow-along in the first month (${when(c, today)}).`;
    case 'monthly':
      return `${ref}, ${job}: monthly follow-along (${when(c, today)}).`;
    case 'after-end':
      return `${ref}'s job as ${job} ended on ${d(c.job.endOn!)}: meet face to face within 3 days of hearing of it to offer help with what comes next (${when(c, today)}).`;
  }
}

/** The command that clears any follow-along item: only meeting the person face to face does. */
export const followAlongCommand = (ref: string) => `/client met ${ref} f2f`;

/**
 * Follow-along and job-end contacts due for one person: one item per job,
 * the latest checkpoint shown, with the missed ones before it (one
 * face-to-face meeting clears them all).
 */
export function followAlongItems(person: SnapshotPerson, today: LocalDate): ReminderItem[] {
  const byJob = new Map<number, DueCheckpoint[]>();
  for (const c of dueFollowAlong(person, today)) byJob.set(c.jobId, [...(byJob.get(c.jobId) ?? []), c]);
  return [...byJob.values()].map((due) => {
    const latest = due.at(-1)!;
    const missed = due.slice(0, -1);
    const before = missed.length
      ? ` Still missed before it: ${missed.length} checkpoint${missed.length === 1 ? '' : 's'}, the first due by ${describeDate(missed[0]!.by, today)}.`
      : '';
    return {
      kind: latest.kind === 'after-end' ? 'job-end' : 'follow-along',
      text: `${followAlongText(person.ref, latest, today)}${before}`,
      command: followAlongCommand(person.ref),
    };
  });
}

/** The standing flags: past day 30 without employer contact; no service for 3 months. */
export function standingItems(person: SnapshotPerson, today: LocalDate): ReminderItem[] {
  const items: ReminderItem[] = [];
  const day = pastDay30(person, today);
  if (day !== undefined) {
    items.push({
      kind: 'day-30',
      text: `${person.ref} is on day ${day} since joining with no face-to-face employer contact yet (aim: within 30 days).`,
      command: `/contact <employer> f2f for ${person.ref}`,
    });
  }
  const since = inactiveSince(person, today);
  if (since) {
    items.push({
      kind: 'inactive',
      text: `${person.ref} has had no service or outreach since ${describeDate(since, today)}: re-engage, or close the case.`,
      command: `/outreach ${person.ref} home <notes>  or  /client close ${person.ref} <reason>`,
    });
  }
  return items;
}

/** Employer contacts the specialist planned ("next …") for today or missed in the last two weeks. */
export async function plannedEmployerItems(tx: Tx, specialistId: number, today: LocalDate): Promise<ReminderItem[]> {
  // The latest contact with each employer holds the current plan.
  const latest = await tx.employerContact.findMany({
    where: { specialistId, contactedOn: { lte: toDbDate(today) } },
    distinct: ['employerId'],
    orderBy: [{ employerId: 'asc' }, { contactedOn: 'desc' }, { id: 'desc' }],
    include: { employer: { select: { name: true } } },
  });
  const earliest = addLocalDays(today, -plannedContactDays);
  return latest
    .filter((c) => c.nextContactOn && fromDbDate(c.nextContactOn) <= today && fromDbDate(c.nextContactOn) >= earliest)
    .map((c) => {
      const on = fromDbDate(c.nextContactOn!);
      return {
        kind: 'employer' as const,
        text:
          on === today
            ? `Planned contact with ${c.employer.name} today.`
            : `Planned contact with ${c.employer.name} on ${describeDate(on, today)} is not logged yet.`,
        command: `/contact ${c.employer.name} f2f`,
      };
    });
}

/** Fidelity actions the person owns that are due today or overdue. */
export async function fidelityActionItems(tx: Tx, ownerId: number, today: LocalDate): Promise<ReminderItem[]> {
  return (await dueActionsOf(tx, ownerId, today)).map((a) => ({
    kind: 'action' as const,
    text: `Fidelity action ${a.id} (item ${a.item}): ${a.what}, ${a.dueOn < today ? `was due ${describeDate(a.dueOn, today)}` : 'due today'}.`,
    command: `/ips action done ${a.id} <outcome>`,
  }));
}

export function itemLine(item: ReminderItem): string {
  return `${item.text} Clear it: ${item.command}`;
}
