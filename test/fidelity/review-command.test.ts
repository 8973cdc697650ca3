import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
});

describe('/ips fidelity', () => {
  it('lists the 25 items', async () => {
    const { reply, text } = await bot.say('dana', '/ips fidelity');
    expect(reply.kind).toBe('message');
    console.log(text);
  });
});
