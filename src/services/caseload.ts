import { DomainError } from '../core/domain-error.js';
import type { Tx } from '../db/tx.js';
import type { Caller } from '../commands/caller.js';
import type { Prisma } from '../generated/prisma/client.js';

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
    client && (client.specialistId === caller.id || (caller.role === 'supervisor' && client.specialist?.unitId === caller.unitId));
  if (!client || !mayUse) {
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
    where: { AND: [visibleClients(caller), { status: { not: 'closed' } }] },
    orderBy: { ref: 'asc' },
    select: { ref: true },
    take,
  });
  return rows.map((r) => r.ref);
}

/**
 * The people a caller may see: a specialist their own caseload, a supervisor
 * the unit's (including referrals not yet assigned), a clinician their own
 * clinical team's. Admins manage the roster, not caseloads.
 */
export function visibleClients(caller: Caller): Prisma.ClientWhereInput {
  switch (caller.role) {
    case 'specialist':
      return { specialistId: caller.id };
    case 'supervisor':
      return caller.unitId === null ? { id: -1 } : { clinicalTeam: { unitId: caller.unitId } };
    case 'clinician':
      return { clinicalTeamId: { in: caller.clinicalTeamIds } };
    case 'admin':
      return { id: -1 };
  }
}

/** The caseloads a caller's figures cover: their own, or for a supervisor every specialist of the unit. */
export async function specialistsInScope(tx: Tx, caller: Caller): Promise<number[]> {
  if (caller.role === 'specialist') return [caller.id];
  if (caller.role !== 'supervisor' || caller.unitId === null) return [];
  const rows = await tx.staff.findMany({ where: { unitId: caller.unitId, role: 'specialist', active: true }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** A person the caller may see (clinicians: their own team's people only). */
export async function findVisibleClient(tx: Tx, caller: Caller, ref: string, example: string) {
  const client = await tx.client.findFirst({ where: { AND: [{ ref }, visibleClients(caller)] } });
  if (!client) {
    const why =
      caller.role === 'clinician'
        ? "on your clinical team's caseload"
        : caller.role === 'supervisor'
          ? "on your unit's caseloads"
          : 'on your caseload';
    throw new DomainError(
      'CLIENT.NOT_VISIBLE',
      `No one with the reference ${ref} is ${why}. /client list shows who is.`,
      example,
      'clientRef',
    );
  }
  return client;
}
