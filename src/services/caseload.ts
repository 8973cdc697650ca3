import { DomainError } from '../core/domain-error.js';
import type { Tx } from '../db/tx.js';
import type { Caller } from '../commands/caller.js';

/**
 * A person the caller may log work for: on their own caseload, or, for a
 * supervisor, on any caseload of the unit.
 */
export async function findClientForCaller(tx: Tx, caller: Caller, ref: string, example: string) {
  const client = await tx.client.findUnique({
    where: { ref },
    select: { id: true, ref: true, status: true, specialistId: true, specialist: { select: { unitId: true } } },
  });
  const mayUse =
    client &&
    (client.specialistId === caller.id || (caller.role === 'supervisor' && client.specialist?.unitId === caller.unitId));
  if (!client || !mayUse) {
    throw new DomainError('CLIENT.NOT_ON_CASELOAD', `No one with the reference ${ref} is on your caseload. /client list shows who is.`, example, 'client');
  }
  return client;
}

/** The caller's own open caseload, for form choices. */
export async function caseloadRefs(tx: Tx, specialistId: number): Promise<string[]> {
  const rows = await tx.client.findMany({
    where: { specialistId, status: { not: 'closed' } },
    orderBy: { ref: 'asc' },
    select: { ref: true },
  });
  return rows.map((r) => r.ref);
}
