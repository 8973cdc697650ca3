// Cover while a specialist is away (`/ips away until fri cover ben`): the
// cover gets the away specialist's follow-along and job-loss reminders and
// may log the meetings that clear them.
import { DomainError } from '../core/domain-error.js';
import { toDbDate, type LocalDate } from '../core/local-date.js';
import type { Tx } from '../db/tx.js';
import type { Caller } from '../commands/caller.js';
import { findClientForCaller } from './caseload.js';

/** The specialists `coverId` covers for on `today`: away, with them named as cover. */
export async function coveredOn(tx: Tx, coverId: number, today: LocalDate) {
  return tx.staff.findMany({
    where: { coverId, active: true, awayUntil: { gte: toDbDate(today) } },
    select: { id: true, displayName: true },
    orderBy: { id: 'asc' },
  });
}

/** A person on the caller's caseload, or on the caseload of someone the caller covers for today. */
export async function findClientForCallerOrCover(tx: Tx, caller: Caller, ref: string, example: string, today: LocalDate) {
  try {
    return await findClientForCaller(tx, caller, ref, example);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const covered = await tx.client.findFirst({
      where: { ref, specialist: { coverId: caller.id, awayUntil: { gte: toDbDate(today) } } },
      select: { id: true, ref: true, status: true, specialistId: true, specialist: { select: { unitId: true } } },
    });
    if (!covered) throw error;
    return covered;
  }
}
