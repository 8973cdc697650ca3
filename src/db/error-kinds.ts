// What a failed database call means for the person waiting on it: try again
// shortly (the server was unreachable, restarting or busy), or a unique key
// refused a row (a redelivered command). Prisma's own writes carry P-codes;
// raw statements carry P2010 with the driver's verdict inside, and the pg
// driver sometimes says it only in words.
import { Prisma } from '../generated/prisma/client.js';

export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === 'P2002') return true;
  const cause = (error.meta?.driverAdapterError as { cause?: { kind?: unknown } } | undefined)?.cause;
  return error.code === 'P2010' && cause?.kind === 'UniqueConstraintViolation';
}

/** Errors a person can do something about by trying again shortly: the database was unreachable, restarting or busy. */
export function isTransient(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    error instanceof Prisma.PrismaClientInitializationError ||
    (typeof code === 'string' &&
      /^(P1001|P1002|P1008|P1017|P2024|P2034|ECONNREFUSED|ECONNRESET|57P0[123]|08\d{3}|40001|40P01)$/.test(code)) ||
    // The pg driver and Prisma's raw queries (P2010, the server's code inside the words) say it only in words.
    (typeof message === 'string' &&
      /Connection terminated|Can't reach database server|ECONNREFUSED|connection (is )?closed|terminating connection|Code: `(57P0[123]|08\d{3})`/i.test(
        message,
      ))
  );
}
