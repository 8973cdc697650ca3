// Real failures from real databases, as the router sees them: a redelivered
// command's unique key (through Prisma and through a raw statement), a server
// that is not there, and a plain mistake that trying again will not mend.
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
