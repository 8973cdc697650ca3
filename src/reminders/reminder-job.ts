// The specialists' daily reminder: one bundled direct message at the unit's
// reminder time (local, daylight-saving aware), on weekdays only, never while
// the specialist is away. Each day is claimed once ("reminders:<staff>:<local
// date>") and its message enqueued in the same transaction. Nothing is stored
// between days: what is due is worked out from the data, so a bot that was down
// sends what fell due while it was down in its next bundle, once.
import type { Db } from '../db/database.js';
import { addLocalDays, fromDbDate, instantAt, isoWeekOf, isoWeekday, localDateOf, toDbDate, type LocalDate } from '../core/local-date.js';
import { enqueue } from '../outbox/outbox.js';
import { claimRun } from '../scheduling/claim.js';
import type { ScheduledJob } from '../scheduling/scheduler.js';
import { reminderItems, reminderMessage } from './reminder-bundle.js';

/** No reminder is sent after this local time: a bot back in the evening waits for the next morning. */
export const reminderCutoff = '20:00';

export function reminderKey(staffId: number, date: LocalDate): string {
  return `reminders:${staffId}:${date}`;
}

export function createReminderJob(deps: { db: Db; onEnqueued?: () => void }): ScheduledJob {
  const { db } = deps;
  return {
    name: 'reminders',
    async run(now: Date) {
      const units = await db.vocationalUnit.findMany({ select: { id: true, timeZone: true, reminderTime: true } });
      let enqueued = false;
      for (const unit of units) {
        const today = localDateOf(now, unit.timeZone);
        if (isoWeekday(today) > 5) continue;
        const dueAt = instantAt(today, unit.reminderTime, unit.timeZone);
        if (now < dueAt || now >= instantAt(today, reminderCutoff, unit.timeZone)) continue;
        const specialists = await db.staff.findMany({
          // Supervisors only when a fidelity action of theirs is due: that is all a bundle holds for them.
          where: {
            unitId: unit.id,
            active: true,
            OR: [
              { role: 'specialist' },
              { role: 'supervisor', fidelityActions: { some: { doneOn: null, dueOn: { lte: toDbDate(today) } } } },
            ],
          },
          select: { id: true, awayUntil: true },
        });
        // The job runs every minute: days already claimed are skipped without a transaction.
        const claimed = await db.scheduledRun.findMany({
          where: { key: { in: specialists.map((s) => reminderKey(s.id, today)) } },
          select: { key: true },
        });
        const done = new Set(claimed.map((c) => c.key));
        for (const s of specialists) {
          if (done.has(reminderKey(s.id, today))) continue;
          if (s.awayUntil && fromDbDate(s.awayUntil) >= today) continue;
          const sent = await db.$transaction(async (tx) => {
            if (!(await claimRun(tx, { key: reminderKey(s.id, today), dueAt, unitId: unit.id }, now))) return false;
            // The standing flags come with the first reminder of the week only.
            const week = isoWeekOf(today);
            const earlier = await tx.scheduledRun.count({
              where: { key: { in: weekdaysBefore(week.start, today).map((d) => reminderKey(s.id, d)) } },
            });
            const items = await reminderItems(tx, s.id, today, unit.timeZone, { standing: earlier === 0 });
            if (items.length === 0) return false;
            return enqueue(
              tx,
              { dedupeKey: reminderKey(s.id, today), to: { kind: 'staff', staffId: s.id }, message: reminderMessage(items, today) },
              now,
            );
          });
          enqueued ||= sent;
        }
      }
      if (enqueued) deps.onEnqueued?.();
    },
  };
}

function weekdaysBefore(monday: LocalDate, today: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let d = monday; d < today; d = addLocalDays(d, 1)) days.push(d);
  return days;
}
