import { DomainError } from '../core/domain-error.js';
import type { Tx } from '../db/tx.js';
import type { Caller } from '../commands/caller.js';
import { staffInScope, visibleClients, workableClients } from '../access/access-policy.js';

export { visibleClients };

/**
 * A person the caller may log work for: on their own caseload, or, for a
 * supervisor, on any caseload of the unit (src/access/access-policy.ts).
 */
export async function findClientForCaller(tx: Tx, caller: Caller, ref: string, example: string) {
  const client = await tx.client.findFirst({
    where: { AND: [{ ref }, workableClients(caller)] },
    select: { id: true, ref: true, status: true, specialistId: true, specialist: { select: { unitId: true } } },
  });
  if (!client) {
    throw new DomainError(
      'CLIENT.NOT_ON_CASELOAD',
      `No one with the reference ${ref} is on your caseload. /client list shows who is.`,
      example,
      'clientRef',
    );
  }
  return client;
}

/** The open cases the caller may log work for, for form choices. */
export async function openRefsFor(tx: Tx, caller: Caller, take: number): Promise<string[]> {
  const rows = await tx.client.findMany({
    where: { AND: [workableClients(caller), { status: { not: 'closed' } }] },
    orderBy: { ref: 'asc' },
    select: { ref: true },
    take,
  });
  return rows.map((r) => r.ref);
}

/** The caseloads a caller's figures cover: their own, or for a supervisor every specialist of the unit. */
export async function specialistsInScope(tx: Tx, caller: Caller): Promise<number[]> {
  if (caller.role === 'specialist') return [caller.id];
  const rows = await tx.staff.findMany({ where: staffInScope(caller), select: { id: true } });
  return rows.map((r) => r.id);
}

/** A person the caller may see (clinicians: the people they referred). */
export async function findVisibleClient(tx: Tx, caller: Caller, ref: string, example: string) {
  const client = await tx.client.findFirst({ where: { AND: [{ ref }, visibleClients(caller)] } });
  if (!client) {
    const text =
      caller.role === 'clinician'
        ? `${ref} is not someone you referred: clinicians see the stage and last contact of the people they referred, and their team's counts.`
        : `No one with the reference ${ref} is ${caller.role === 'supervisor' ? "on your unit's caseloads" : 'on your caseload'}. /client list shows who is.`;
    throw new DomainError('CLIENT.NOT_VISIBLE', text, example, 'clientRef');
  }
  return client;
}
