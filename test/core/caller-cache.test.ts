// Who is calling is remembered for callerCacheMs: a roster change made by
// another process (npm run roster, another replica) reaches this one within
// that time, and someone just linked is recognised at once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { callerCacheMs } from '../../src/commands/caller-cache.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
const slack = { platform: 'slack', conversation: { platform: 'slack', workspace: 'T1', channelId: 'D1', isDirect: true } } as const;

beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
});

async function link(externalId: string, handle: string): Promise<void> {
  const staff = await bot.database.db.staff.findUniqueOrThrow({ where: { handle } });
  await bot.database.db.staffIdentity.create({ data: { staffId: staff.id, platform: 'slack', workspace: 'T1', externalId } });
}

it('recognises someone linked by another process at once, though they were just refused', async () => {
  expect((await bot.say('U-NEW', '/contact list', slack)).text).toContain("not on this IPS team's roster");
  await link('U-NEW', 'ben');
  expect((await bot.say('U-NEW', '/contact list', slack)).text).toContain('Your employer contacts this week');
});

it(`refuses someone removed from the roster by another process within ${callerCacheMs / 1000} s`, async () => {
  await link('U-LEAVER', 'chen');
  expect((await bot.say('U-LEAVER', '/contact list', slack)).reply.kind).toBe('message');
  await bot.database.db.staff.update({ where: { handle: 'chen' }, data: { active: false } });
  bot.clock.advance(callerCacheMs);
  const refused = await bot.say('U-LEAVER', '/contact list', slack);
  expect(refused.text).toContain("not on this IPS team's roster");
});
