import type { Prisma } from '../generated/prisma/client.js';

/** A Prisma client inside a transaction: every command's writes share one. */
export type Tx = Prisma.TransactionClient;
