// A stream of /contact commands that can be counted in the database
// afterwards, whatever interrupted it: each carries a note of its own, and
// every fourth names an employer not seen before (so the create path is in
// the stream too). What was confirmed must be stored exactly once; what was
// not confirmed may or may not be stored (it may have committed just before
// the interruption), but never in part.

/** Runs one SQL query that returns rows; the caller's driver (Prisma, PGlite, pg). */
export type Sql = (text: string) => Promise<Record<string, unknown>[]>;

export interface LedgerCommand {
  line: string;
  note: string;
}

export function ledgerCommand(stream: string, n: number): LedgerCommand {
  const note = `ledger-${stream}-n${n}`;
  const employer = n % 4 === 0 ? `Ledger ${stream} employer ${n}` : `Ledger employer ${n % 3}`;
  return { line: `/contact ${employer} ${n % 2 ? 'phone' : 'f2f'} ${note}`, note };
}

export interface LedgerFigures {
  sent: number;
  confirmed: number;
  /** Confirmed but not stored. */
  lost: number;
  /** Stored more than once. */
  duplicated: number;
  /** Stored although the user never saw the confirmation (committed just before the interruption). */
  storedUnconfirmed: number;
  /** Contacts without their audit event, employers created for a contact that is not there. */
  halfWritten: number;
}

export async function countLedger(sql: Sql, sent: readonly LedgerCommand[], confirmed: ReadonlySet<string>): Promise<LedgerFigures> {
  const rows = await sql(`SELECT details, count(*)::int AS copies FROM "EmployerContact" WHERE details LIKE 'ledger-%' GROUP BY details`);
  const copies = new Map(rows.map((r) => [String(r.details), Number(r.copies)]));
  const [broken] = await sql(`
    SELECT
      (SELECT count(*)::int FROM "EmployerContact" c WHERE c.details LIKE 'ledger-%' AND NOT EXISTS (
        SELECT 1 FROM "AuditEvent" a WHERE a.action = 'contact.create' AND a."entityId" = c.id::text)) AS unaudited,
      (SELECT count(*)::int FROM "Employer" e WHERE e.name LIKE 'Ledger %' AND NOT EXISTS (
        SELECT 1 FROM "EmployerContact" c WHERE c."employerId" = e.id)) AS "emptyEmployers"`);
  return {
    sent: sent.length,
    confirmed: confirmed.size,
    lost: sent.filter((c) => confirmed.has(c.note) && !copies.has(c.note)).length,
    duplicated: [...copies.values()].filter((n) => n > 1).length,
    storedUnconfirmed: sent.filter((c) => !confirmed.has(c.note) && copies.has(c.note)).length,
    halfWritten: Number(broken!.unaudited) + Number(broken!.emptyEmployers),
  };
}
