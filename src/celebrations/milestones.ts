// Milestones are computed from the data on every tick rather than scheduled
// one by one: whatever fell due while the bot was down is found when it is
// back, and the Celebration key makes each one post once.
import { addLocalDays, fromDbDate, localDateOf, toDbDate, type LocalDate } from '../core/local-date.js';
import type { Db } from '../db/database.js';
import type { ScheduledJob } from '../scheduling/scheduler.js';
import type { JobDeps } from '../scheduling/jobs.js';
import { enqueue } from '../outbox/outbox.js';
import { celebrate, celebrationKey, type CelebrationRequest } from './celebrate.js';
import type { CelebrationKind } from './celebration-text.js';

const weeksInWork: readonly { kind: CelebrationKind; days: number }[] = [
  { kind: 'weeks4', days: 28 },
  { kind: 'weeks13', days: 91 },
  { kind: 'weeks26', days: 182 },
];

/** A milestone more than this old when first seen (a long outage, a bulk import) is history, not news. */
export const milestoneCatchUpDays = 14;

/** Jobs still running that reached 4, 13 or 26 weeks within the catch-up window. */
async function jobMilestones(db: Db, unitId: number, today: LocalDate): Promise<CelebrationRequest[]> {
  const oldest = addLocalDays(today, -(182 + milestoneCatchUpDays));
  const jobs = await db.job.findMany({
    where: {
      quiet: false,
      startOn: { gte: toDbDate(oldest), lte: toDbDate(addLocalDays(today, -28)) },
      OR: [{ endOn: null }, { endOn: { gt: toDbDate(today) } }],
      client: { celebrationsOptOut: false, clinicalTeam: { unitId } },
    },
    select: { id: true, clientId: true, startOn: true },
  });
  const due: CelebrationRequest[] = [];
  for (const job of jobs) {
    for (const m of weeksInWork) {
      const on = addLocalDays(fromDbDate(job.startOn), m.days);
      if (on <= today && on >= addLocalDays(today, -milestoneCatchUpDays)) {
        due.push({ key: celebrationKey(m.kind, job.id), kind: m.kind, clientId: job.clientId, jobId: job.id, on });
      }
    }
  }
  return due;
}

/** Each person's first interview after programme entry, when it happened within the window. */
async function firstInterviews(db: Db, unitId: number, today: LocalDate): Promise<CelebrationRequest[]> {
  const recent = await db.interview.findMany({
    where: {
      interviewOn: { gte: toDbDate(addLocalDays(today, -milestoneCatchUpDays)), lte: toDbDate(today) },
      client: { celebrationsOptOut: false, programmeEntryOn: { not: null }, clinicalTeam: { unitId } },
    },
    include: { client: { select: { programmeEntryOn: true } } },
    orderBy: [{ interviewOn: 'asc' }, { id: 'asc' }],
  });
  const due: CelebrationRequest[] = [];
  const seen = new Set<number>();
  for (const interview of recent) {
    if (seen.has(interview.clientId) || interview.interviewOn < interview.client.programmeEntryOn!) continue;
    seen.add(interview.clientId);
    const earlier = await db.interview.count({
      where: { clientId: interview.clientId, interviewOn: { gte: interview.client.programmeEntryOn!, lt: interview.interviewOn } },
    });
    if (earlier > 0) continue;
    due.push({
      key: celebrationKey('interview', interview.clientId),
      kind: 'interview',
      clientId: interview.clientId,
      employerId: interview.employerId,
      on: fromDbDate(interview.interviewOn),
    });
  }
  return due;
}

export function milestoneJob(deps: JobDeps): ScheduledJob {
  const { db } = deps;
  return {
    name: 'celebration milestones',
    async run(now) {
      let posted = false;
      for (const unit of await db.vocationalUnit.findMany({ select: { id: true, timeZone: true } })) {
        const today = localDateOf(now, unit.timeZone);
        const due = [...(await jobMilestones(db, unit.id, today)), ...(await firstInterviews(db, unit.id, today))];
        if (due.length === 0) continue;
        const done = new Set(
          (await db.celebration.findMany({ where: { key: { in: due.map((d) => d.key) } }, select: { key: true } })).map((c) => c.key),
        );
        for (const request of due.filter((d) => !done.has(d.key))) {
          const ok = await db.$transaction((tx) =>
            celebrate(tx, request, now, async (m) => {
              await enqueue(tx, m, now);
            }),
          );
          posted ||= ok;
        }
      }
      if (posted) deps.outbox.wake();
    },
  };
}
