// What a failed database call means for the person waiting on it: try again
// shortly (the server was unreachable, restarting or busy), or a unique key
// refused a row (a redelivered command). Prisma's own writes carry P-codes;
// raw statements carry P2010 with the driver adapter's verdict inside, a
// transaction's own statements can throw that verdict bare, and the pg driver
// sometimes says it only in words.
import { Prisma } from '../generated/prisma/client.js';

/** The driver adapter's verdict (`{ kind, code? }`), bare or inside a P2010. */
function adapterCause(error: unknown): { kind?: unknown; code?: unknown } | undefined {
  const e = error as { name?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } } | null;
  if (!e || typeof e !== 'object') return undefined;
  const cause = e.name === 'DriverAdapterError' ? e.cause : e.meta?.driverAdapterError?.cause;
  return cause && typeof cause === 'object' ? cause : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return error.code === 'P2002' || (error.code === 'P2010' && adapterCause(error)?.kind === 'UniqueConstraintViolation');
}

const transientKinds = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TransactionWriteConflict',
]);
const transientCodes = /^(P1001|P1002|P1008|P1017|P2024|P2034|ECONNREFUSED|ECONNRESET|EPIPE|57P0[123]|08\d{3}|40001|40P01|53300)$/;

/** Errors a person can do something about by trying again shortly: the database was unreachable, restarting or busy. */
export function isTransient(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const cause = adapterCause(error);
  return (
    error instanceof Prisma.PrismaClientInitializationError ||
    (typeof code === 'string' && transientCodes.test(code)) ||
    (typeof cause?.kind === 'string' && transientKinds.has(cause.kind)) ||
    (cause?.kind === 'postgres' && typeof cause.code === 'string' && transientCodes.test(cause.code)) ||
    // The pg driver says it only in words.
    (typeof message === 'string' &&
      /Connection terminated|Can't reach database server|ECONNREFUSED|connection (is )?closed|closed the connection|terminating connection/i.test(
        message,
      ))
  );
}
