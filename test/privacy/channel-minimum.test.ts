// What goes into a channel is minimal: a lead posts role, employer, hours and
// its number; free text with a diagnosis word is refused in every field of
// every action, typed or from a form, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnosisIn } from '../../src/access/diagnosis-words.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
const db = () => bot.database.db;

beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot.close();
});

describe('a job lead in the unit channel', () => {
  it('carries the role, employer, hours and lead number only: no notes, pay or people', async () => {
    const { reply, text } = await bot.say(
      'aroha',
      "/lead Harbour Café, barista 20h £12.60/h for SJ-14 ask for Maria, she knows SJ's situation",
    );
    expect(reply.kind, text).toBe('message');
    const lead = await db().jobLead.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(lead.notes).toBe("ask for Maria, she knows SJ's situation"); // kept for the specialist
    const [share] = await db().outboxMessage.findMany({ where: { dedupeKey: { startsWith: `lead:${lead.id}:` } } });
    const posted = JSON.stringify(share!.message);
    expect(posted).toContain(`New job lead #${lead.id}`);
    expect(posted).toContain('barista at Harbour Café, 20h');
    expect(posted).not.toMatch(/Maria|situation|12\.60|SJ|person/);
  });
});

describe('diagnosis words', () => {
  it.each([
    ['schizophrenia', 'history of Schizophrenia'],
    ['bipolar', 'Bipolar, stable'],
    ['personality disorder', 'has a personality  disorder'],
    ['depression', 'low mood, depression'],
    ['PTSD', 'ptsd after the army'],
  ])('finds %s in "%s"', (word, text) => {
    expect(diagnosisIn(text)?.toLowerCase().replace(/\s+/g, ' ')).toBe(word.toLowerCase());
  });

  it.each(['keen on outdoor work', 'psychology graduate', 'bipolarity', 'depressed about the bus times'])('lets "%s" through', (text) => {
    expect(diagnosisIn(text)).toBeUndefined();
  });

  it.each([
    ['eli', '/refer SJ psychosis last year, keen on outdoor work', 'notes'],
    ['aroha', "/contact Perry's Garden Centre f2f for SJ-14 told them about her bipolar", 'details'],
    ['aroha', '/lead Harbour Café, barista 20h might suit someone with depression', 'notes'],
    ['aroha', '/outreach MT-21 home psychotic episode, will try again', 'notes'],
    ['aroha', '/client close KP-07 other schizophrenia relapse', 'reason'],
  ])('%s: %s is refused under %s, writing nothing', async (handle, line, field) => {
    const before = await db().auditEvent.count();
    const { reply, text } = await bot.say(handle, line);
    expect(reply.kind).toBe('error');
    expect(text).toContain('The bot does not store diagnoses');
    expect(reply.kind === 'error' && Object.keys(reply.fieldErrors ?? {})).toEqual([field]);
    expect(await db().auditEvent.count()).toBe(before);
  });

  it('refuses one in a submitted form as well', async () => {
    const { reply } = await bot.say('eli', '/refer', { input: { kind: 'form', values: { person: 'QX', notes: 'EUPD diagnosis' } } });
    expect(reply.kind === 'error' && reply.fieldErrors?.notes).toContain('The bot does not store diagnoses');
  });
});
