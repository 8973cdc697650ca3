// Who sees what, decided in one place. Commands and services ask here rather
// than writing their own where-clauses, so one rule holds everywhere:
// - specialists: their own caseload;
// - supervisors: their own unit's caseloads and figures, and no other unit's;
// - clinicians: their team's counts, and for the people they referred the
//   stage and the date of the last contact with the specialist, nothing more;
// - admins: the roster, channels and settings, and no caseload data;
// - consent is recorded by the person's specialist or their supervisor.
// Roles per action are declared in the registry (src/commands/registry.ts);
// this module decides the scope within a role. test/access/access-table.test.ts
// runs every registered action as every role against own and other data.
import type { Caller } from '../commands/caller.js';
import { DomainError } from '../core/domain-error.js';
import type { Prisma } from '../generated/prisma/client.js';

const nobody: Prisma.ClientWhereInput = { id: -1 };

/** People the caller may log work for and change: a specialist's own caseload, a supervisor's unit (unassigned referrals included). */
export function workableClients(caller: Caller): Prisma.ClientWhereInput {
  switch (caller.role) {
    case 'specialist':
      return { specialistId: caller.id };
    case 'supervisor':
      return caller.unitId === null ? nobody : { clinicalTeam: { unitId: caller.unitId } };
    case 'clinician':
    case 'admin':
      return nobody;
  }
}

/** People the caller may look up: those they may work on, and for a clinician the people they referred. */
export function visibleClients(caller: Caller): Prisma.ClientWhereInput {
  return caller.role === 'clinician' ? { referrals: { some: { referredById: caller.id } } } : workableClients(caller);
}

/** How much of one visible person the caller sees: everything, or (clinicians) the stage and the last contact date. */
export type ClientView = 'full' | 'referrer';

export function clientView(caller: Caller): ClientView {
  return caller.role === 'clinician' ? 'referrer' : 'full';
}

/** Consent is the person's specialist's or their supervisor's to record: the same people who may work on the case. */
export const consentRecorders = workableClients;

/** Whose figures (caseload, contacts, outcomes) the caller sees. */
export function staffInScope(caller: Caller): Prisma.StaffWhereInput {
  if (caller.role === 'specialist') return { id: caller.id };
  if (caller.role === 'supervisor' && caller.unitId !== null) return { unitId: caller.unitId, role: 'specialist', active: true };
  return { id: -1 };
}

/**
 * A supervisor reads their own unit's digests only. Naming another unit is
 * refused with a sentence saying so, rather than answered.
 */
export function assertUnitReadable(caller: Caller, unit: { id: number; key: string }, ownKey: string | undefined, example: string): void {
  if (caller.role === 'supervisor' && caller.unitId === unit.id) return;
  throw new DomainError(
    'ACCESS.OTHER_UNIT',
    `You can see your own unit's figures only${ownKey ? ` (${ownKey})` : ''}, not ${unit.key}'s: ask ${unit.key}'s supervisor.`,
    example,
  );
}
