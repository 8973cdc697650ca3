// Cups of tea are numbered by one statement as each contact is stored: the
// numbers must be what numbering every contact afresh in date order gives
// (renumberCupsOfTea, the definition), whatever the order contacts are logged
// in, backdated or not, and two logged at once must not share a number.
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { addLocalDays, type LocalDate } from '../../src/core/local-date.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
const today: LocalDate = '2026-11-25'; // a Wednesday: the week holds 23–29 Nov
const db = () => bot.database.db;

beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
});
beforeEach(async () => {
  bot.clock.set(`${today}T10:00:00Z`);
  await db().employerContact.deleteMany();
});

/** Every contact's cup of tea by the definition: in-person meetings up to it, in date order then logging order. */
async function cupsByDefinition(): Promise<Map<number, number>> {
  const rows = await db().$queryRaw<{ id: number; cup: number }[]>`
    SELECT id, (count(*) FILTER (WHERE type IN ('face_to_face', 'visit'))
      OVER (PARTITION BY "specialistId", "employerId" ORDER BY "contactedOn", id))::int AS cup
    FROM "EmployerContact"`;
  return new Map(rows.map((r) => [r.id, r.cup]));
}

async function storedCups(): Promise<Map<number, number>> {
  const rows = await db().employerContact.findMany({ select: { id: true, cupOfTea: true } });
  return new Map(rows.map((r) => [r.id, r.cupOfTea]));
}

const contactLine = fc.record({
  handle: fc.constantFrom('aroha', 'ben'),
  employer: fc.constantFrom('Harbour Cafe', 'Quayside Logistics'),
  type: fc.constantFrom('f2f', 'phone', 'email', 'visit'),
  daysBack: fc.integer({ min: 0, max: 20 }),
  benefits: fc.boolean(),
});

it('numbers cups of tea as renumbering from scratch would, in any logging order, and counts the week with the new one', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(contactLine, { minLength: 1, maxLength: 10 }), async (lines) => {
      await db().employerContact.deleteMany();
      for (const line of lines) {
        const on = addLocalDays(today, -line.daysBack);
        const { reply, text } = await bot.say(
          line.handle,
          `/contact ${line.employer} ${line.type} on ${on}${line.benefits ? ' benefits' : ''}`,
        );
        expect(reply.kind).toBe('message');
        const stored = await db().employerContact.findFirstOrThrow({ orderBy: { id: 'desc' } });
        expect(text).toContain(stored.cupOfTea === 0 ? 'not met in person yet' : `#${stored.cupOfTea} with this employer`);
        const staff = await db().staff.findUniqueOrThrow({ where: { handle: line.handle } });
        const inWeek = await db().employerContact.count({
          where: {
            specialistId: staff.id,
            type: { in: ['face_to_face', 'visit'] },
            benefitsLiaison: false,
            contactedOn: { gte: new Date('2026-11-23'), lte: new Date('2026-11-29') },
          },
        });
        expect(text).toMatch(new RegExp(`This week: ${inWeek} (of 6 )?face-to-face`));
      }
      expect(await storedCups()).toEqual(await cupsByDefinition());
    }),
    { numRuns: 12 },
  );
});

it('gives contacts with one employer logged at the same moment different numbers', async () => {
  const replies = await Promise.all(['aroha', 'aroha', 'aroha', 'aroha'].map((h) => bot.say(h, '/contact Harbour Cafe f2f')));
  expect(replies.map((r) => r.reply.kind)).toEqual(['message', 'message', 'message', 'message']);
  const cups = [...(await storedCups()).values()].sort();
  expect(cups).toEqual([1, 2, 3, 4]);
});
