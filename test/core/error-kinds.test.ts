// Real failures from real databases, as the router sees them: a redelivered
// command's unique key (through Prisma and through a raw statement), a server
// that is not there or cuts its connections, and a plain mistake that trying
// again will not mend.
import { createServer, type Socket } from 'node:net';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isTransient, isUniqueViolation } from '../../src/db/error-kinds.js';
import { PrismaClient } from '../../src/generated/prisma/client.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.processedCommand.create({ data: { key: 'once', reply: {} } });
});
afterAll(async () => {
  await database?.close();
});

const failureOf = (run: () => Promise<unknown>) =>
  run().then(
    () => expect.fail('expected a failure'),
    (error: unknown) => error,
  );

it('sees a repeated key through Prisma and through a raw statement, and nothing else, as a unique violation', async () => {
  const viaPrisma = await failureOf(() => database.db.processedCommand.create({ data: { key: 'once', reply: {} } }));
  const viaRaw = await failureOf(() => database.db.$executeRaw`INSERT INTO "ProcessedCommand" (key, reply) VALUES ('once', '{}'::jsonb)`);
  const mistake = await failureOf(() => database.db.$executeRaw`INSERT INTO "ProcessedCommand" (nope) VALUES (1)`);
  expect([viaPrisma, viaRaw, mistake].map(isUniqueViolation)).toEqual([true, true, false]);
  expect([viaPrisma, viaRaw, mistake].map(isTransient)).toEqual([false, false, false]);
  // pg drops a connection after a failed query and opens another at once: the
  // embedded database used to turn that one away, and every query after failed.
  expect(await database.db.processedCommand.count()).toBe(1);
});

it('sees a server that does not answer as worth trying again', async () => {
  const absent = new PrismaClient({
    adapter: new PrismaPg({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 2000 }),
  });
  try {
    const viaPrisma = await failureOf(() => absent.processedCommand.count());
    const viaRaw = await failureOf(() => absent.$queryRaw`SELECT 1`);
    expect([viaPrisma, viaRaw].map(isTransient)).toEqual([true, true]);
  } finally {
    await absent.$disconnect();
  }
});

it('sees a server that cuts its connections as worth trying again, through Prisma, a raw statement and a transaction', async () => {
  // A server stopped as a crash would cuts every connection: the driver says
  // ECONNRESET and the adapter calls it ConnectionClosed, in a P2010 for a raw
  // statement and bare inside a transaction. The write path is raw statements
  // in a transaction, so a restart mid-command used to read as our mistake.
  const sockets = new Set<Socket>();
  const cutting = createServer((socket) => {
    sockets.add(socket);
    socket.once('data', () => socket.resetAndDestroy());
  });
  await new Promise<void>((resolve) => cutting.listen(0, '127.0.0.1', resolve));
  const { port } = cutting.address() as { port: number };
  const cut = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgres://postgres@127.0.0.1:${port}/none` }) });
  try {
    const viaPrisma = await failureOf(() => cut.processedCommand.count());
    const viaRaw = await failureOf(() => cut.$queryRaw`SELECT 1`);
    const inTransaction = await failureOf(() => cut.$transaction(async (tx) => tx.$queryRaw`SELECT 1`));
    expect([viaPrisma, viaRaw, inTransaction].map(isTransient)).toEqual([true, true, true]);
    expect([viaPrisma, viaRaw, inTransaction].map(isUniqueViolation)).toEqual([false, false, false]);
  } finally {
    await cut.$disconnect();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => cutting.close(resolve));
  }
});
