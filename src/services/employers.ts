import type { Tx } from '../db/tx.js';

/** "Perry's Garden Centre" and "perrys garden centre" are one employer. */
export function employerMatchKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export interface EmployerRef {
  id: number;
  name: string;
  /** Benefits / employment programme staff: contacts with them are fidelity item 6. */
  benefitsLiaison: boolean;
  created: boolean;
}

/**
 * The employer with this name, created on first mention. Two replicas (or two
 * specialists) naming a new employer at once would both insert it: the insert
 * skips a conflict, waiting for the other transaction to commit, and the
 * read after it then finds the other's row.
 *
 * The row comes locked until the transaction ends: what is written against an
 * employer (contacts numbered per employer, cups of tea) is then written one
 * transaction at a time, at no extra round trip. Other transactions naming the
 * same employer wait a few milliseconds.
 */
export async function findOrCreateEmployer(tx: Tx, organisationId: number, name: string): Promise<EmployerRef> {
  const matchKey = employerMatchKey(name);
  const find = async () => {
    const [row] = await tx.$queryRaw<Omit<EmployerRef, 'created'>[]>`
      SELECT id, name, "benefitsLiaison" FROM "Employer"
      WHERE "organisationId" = ${organisationId} AND "matchKey" = ${matchKey}
      FOR NO KEY UPDATE`;
    return row;
  };
  const existing = await find();
  if (existing) return { ...existing, created: false };
  const [created] = await tx.$queryRaw<Omit<EmployerRef, 'created'>[]>`
    INSERT INTO "Employer" ("organisationId", name, "matchKey") VALUES (${organisationId}, ${name.trim()}, ${matchKey})
    ON CONFLICT ("organisationId", "matchKey") DO NOTHING
    RETURNING id, name, "benefitsLiaison"`;
  if (created) return { ...created, created: true };
  return { ...(await find())!, created: false };
}

/** Employers whose name starts with, or contains, what was typed: for type-ahead. */
export async function searchEmployers(tx: Tx, organisationId: number, typed: string, limit = 50) {
  const key = employerMatchKey(typed);
  return tx.employer.findMany({
    where: { organisationId, ...(key ? { matchKey: { contains: key } } : {}) },
    orderBy: [{ lastContactOn: { sort: 'desc', nulls: 'last' } }, { name: 'asc' }],
    take: limit,
    select: { id: true, name: true },
  });
}
