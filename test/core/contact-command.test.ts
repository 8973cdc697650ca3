import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
});

describe('/contact', () => {
  it('logs a face-to-face contact and says what it stored', async () => {
    const { reply, text } = await bot.say('aroha', "/contact Perry's Garden Centre f2f for SJ-14 next tue met the hiring manager");
    expect(reply.kind).toBe('message');
    expect(text).toContain("Perry's Garden Centre");
    expect(text).toContain('#1 with this employer');
    expect(text).toContain('1 of 6 face-to-face');
    expect(text).toContain('Tue 24 Nov');
    const rows = await bot.database.db.employerContact.findMany({ include: { client: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'face_to_face', cupOfTea: 1, details: 'met the hiring manager' });
    expect(rows[0]!.client?.ref).toBe('SJ-14');
  });
});
