// The scheduled weekly posts: the team-meeting agenda to the unit's channels
// and the caseload summary to each supervisor. The database decides: a post is
// built only when due and not yet claimed, then claimed and enqueued in one
// transaction, so two bot processes or a crash in between never post it twice
// and never lose it. A bot that was down sends a missed post, saying it is
// late, while it is still within the catch-up window.
import pLimit from 'p-limit';
import type { Db } from '../db/database.js';
import { fileStore, type FileStore } from '../files/file-store.js';
import type { Tx } from '../db/tx.js';
import type { Message } from '../core/message.js';
import type { Recipient } from '../core/messenger.js';
import { describeDate, isoWeekOf } from '../core/local-date.js';
import { enqueue, orderingKeyOf, type RenderSpec } from '../outbox/outbox.js';
import { claimRun, isLate } from '../scheduling/claim.js';
import type { ScheduledJob } from '../scheduling/scheduler.js';
import { agendaRender } from './agenda-render.js';
import { buildCaseloadSummary } from './caseload-summary.js';
import { periodEnding, type DigestPeriod } from './digest-period.js';
import { loadDigestUnit, type DigestUnit } from './digest-unit.js';
import { latestPosting } from './post-schedule.js';

export type WeeklyPostKind = 'agenda' | 'summary';

/** What a post's outbox rows hold: the message itself, or facts it is drawn up from when sent. */
type PostBody = { message: Message } | { render: RenderSpec };

interface PostKindSpec {
  recipients(unit: DigestUnit): Recipient[];
  build(tx: Tx, files: FileStore, unit: DigestUnit, period: DigestPeriod, options: { lateNote?: string }): Promise<PostBody>;
}

const kinds: Record<WeeklyPostKind, PostKindSpec> = {
  // The agenda names people by reference: drawn up when sent (agenda-render.ts).
  agenda: {
    recipients: (unit) => unit.channels,
    build: (_tx, _files, unit, period, options) => Promise.resolve({ render: agendaRender(unit.id, period.end, options.lateNote) }),
  },
  summary: {
    recipients: (unit) => unit.supervisorIds.map((staffId) => ({ kind: 'staff' as const, staffId })),
    build: async (...args) => ({ message: await buildCaseloadSummary(...args) }),
  },
};

export function weeklyPostKey(kind: WeeklyPostKind, unitKey: string, postingWeek: string): string {
  return `${kind}:${unitKey}:${postingWeek}`;
}

export interface WeeklyPostDeps {
  db: Db;
  /** How long after it fell due a missed post is still worth sending. */
  catchUpHours: number;
  /** How long the files a post carries (the summary's chart) are kept. */
  fileKeepMs: number;
  /** Called after a post was enqueued (wakes the outbox). */
  onEnqueued?: () => void;
}

export type WeeklyPostOutcome = 'posted' | 'not-due' | 'too-late' | 'already-claimed' | 'nobody-to-tell';

/** Sends one unit's post of one kind if it is due at `now`; safe to call any number of times. */
export async function runWeeklyPost(deps: WeeklyPostDeps, kind: WeeklyPostKind, unitId: number, now: Date): Promise<WeeklyPostOutcome> {
  const { db } = deps;
  const unitRow = await db.vocationalUnit.findUniqueOrThrow({ where: { id: unitId } });
  const { day, dueAt } = latestPosting(unitRow, now);
  if (now.getTime() - dueAt.getTime() > deps.catchUpHours * 3600_000) return 'too-late';
  const key = weeklyPostKey(kind, unitRow.key, isoWeekOf(day).label);
  if (await db.scheduledRun.findUnique({ where: { key }, select: { id: true } })) return 'already-claimed';

  const unit = await loadDigestUnit(db, unitId);
  const recipients = kinds[kind].recipients(unit);
  // Not claimed: a channel bound or a supervisor added later in the window still gets it.
  if (recipients.length === 0) return 'nobody-to-tell';
  const lateNote = isLate(dueAt, now)
    ? `Sent late: this was due at ${unitRow.agendaTime} on ${describeDate(day, day)} (${unitRow.timeZone}), when the bot was not running.`
    : undefined;
  // Built before the claim, which is short: a chart whose claim is lost expires unused.
  const body = await kinds[kind].build(db, fileStore(db, now, deps.fileKeepMs), unit, periodEnding(day), { lateNote });

  const posted = await db.$transaction(async (tx) => {
    if (!(await claimRun(tx, { key, dueAt, unitId }, now))) return false;
    for (const to of recipients) {
      await enqueue(tx, { dedupeKey: `${key}:${orderingKeyOf(to)}`, to, ...body }, now);
    }
    return true;
  });
  if (!posted) return 'already-claimed';
  deps.onEnqueued?.();
  return 'posted';
}

/**
 * Units built at once: half the database's connections, so that commands
 * arriving on a Monday morning still find one free. On a server the queries
 * of several units then run side by side while this thread draws charts.
 * At least two, even on the embedded database's one connection: one unit's
 * chart is drawn in the chart thread while the other's queries run (the
 * digests of 10 units on PGlite: 2.1–2.3 → 1.8 s), and a command waits
 * behind two units' queries at most.
 */
export function unitsAtOnce(connections: number): number {
  return Math.max(2, Math.floor(connections / 2));
}

/** One scheduled job per kind, over every unit. */
export function weeklyPostJobs(deps: WeeklyPostDeps, connections: number): ScheduledJob[] {
  const slot = pLimit(unitsAtOnce(connections));
  return (['agenda', 'summary'] as const).map((kind) => ({
    name: `weekly ${kind}`,
    async run(now) {
      const units = await deps.db.vocationalUnit.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
      // One unit's failure must not hold back the others' posts; it is retried next tick.
      const failures: unknown[] = [];
      await Promise.all(
        units.map((unit) => slot(() => runWeeklyPost(deps, kind, unit.id, now)).catch((error: unknown) => failures.push(error))),
      );
      if (failures.length) throw new AggregateError(failures, `${failures.length} unit(s) failed`);
    },
  }));
}
