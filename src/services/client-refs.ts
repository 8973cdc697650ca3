// Pseudonymous references: initials and a number, "SJ-15". The number is the
// next free one for those initials, so no name or date of birth is encoded.
import type { Tx } from '../db/tx.js';

export async function nextRefFor(tx: Tx, initials: string): Promise<string> {
  const prefix = initials.toUpperCase();
  const rows = await tx.client.findMany({ where: { ref: { startsWith: `${prefix}-` } }, select: { ref: true } });
  const numbers = rows.map((r) => Number(r.ref.slice(prefix.length + 1))).filter(Number.isInteger);
  const next = Math.max(0, ...numbers) + 1;
  return `${prefix}-${String(next).padStart(2, '0')}`;
}
