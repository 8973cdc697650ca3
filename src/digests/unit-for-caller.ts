// Which unit an on-demand digest is about: the caller's own. Naming another
// unit of the organisation is refused by the access policy, not answered.
import type { Tx } from '../db/tx.js';
import type { Caller } from '../commands/caller.js';
import { assertUnitReadable } from '../access/access-policy.js';
import { DomainError } from '../core/domain-error.js';
import { loadDigestUnit, type DigestUnit } from './digest-unit.js';

export async function unitForCaller(tx: Tx, caller: Caller, key: string | undefined, example: string): Promise<DigestUnit> {
  if (!key) {
    if (caller.unitId === null) {
      throw new DomainError('DIGEST.NO_UNIT', 'You are not in a vocational unit, so name one.', example);
    }
    return loadDigestUnit(tx, caller.unitId);
  }
  const unit = await tx.vocationalUnit.findFirst({
    where: { key: key.toLowerCase(), organisationId: caller.organisationId ?? -1 },
    select: { id: true, key: true },
  });
  if (!unit) {
    const known = await tx.vocationalUnit.findMany({
      where: { organisationId: caller.organisationId ?? -1 },
      select: { key: true },
      orderBy: { key: 'asc' },
    });
    throw new DomainError(
      'DIGEST.NO_SUCH_UNIT',
      `No vocational unit has the key "${key}". Units: ${known.map((u) => u.key).join(', ') || 'none'}.`,
      example,
    );
  }
  const own =
    caller.unitId === null ? undefined : await tx.vocationalUnit.findUnique({ where: { id: caller.unitId }, select: { key: true } });
  assertUnitReadable(caller, unit, own?.key, example);
  return loadDigestUnit(tx, unit.id);
}
