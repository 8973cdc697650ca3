// Referrals from clinical teams to the team's employment specialist.
import type { Tx } from '../db/tx.js';

/**
 * The specialist attached to the clinical team with the smallest active
 * caseload (ties: the longest on the roster), or undefined when none is.
 */
export async function pickSpecialist(tx: Tx, clinicalTeamId: number) {
  const candidates = await tx.staff.findMany({
    where: { role: 'specialist', active: true, teams: { some: { clinicalTeamId } } },
    orderBy: { id: 'asc' },
    select: { id: true, displayName: true, handle: true, _count: { select: { caseload: { where: { status: 'active' } } } } },
  });
  return [...candidates].sort((a, b) => a._count.caseload - b._count.caseload)[0];
}
