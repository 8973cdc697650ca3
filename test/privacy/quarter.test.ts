// A quarter of simulated work, with people who consented to be named and
// people who did not (one withdrew after being celebrated, one asked for no
// celebrations between a job start and its posting). The scheduler runs every
// working day (celebrations, milestones, nudges, the agenda); at the end
// every message in the clinical channels, as it stands after edits and
// deletions, is read: no references at all, and no name, initials or
// employer of anyone who has not consented.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLocalDays, instantAt, isoWeekday, type LocalDate } from '../../src/core/local-date.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { recordingMessenger, type RecordingMessenger } from '../clinical/recording-messenger.js';

const timeZone = 'Europe/London';
const firstDay: LocalDate = '2026-09-28'; // a Monday
const days = 91; // 13 weeks

let bot: TestBot;
let channels: RecordingMessenger;

/** Commands by day of the quarter, each run at 11:00 local unless a time is given. */
const plan: Record<number, { handle: string; line: string; at?: string; expect?: 'error' }[]> = {
  0: [
    { handle: 'aroha', line: '/client consent SJ-14 name Sam' },
    { handle: 'ben', line: '/client consent RB-33 name Rangi' },
    { handle: 'eli', line: '/refer Mere Tapu keen on retail', expect: 'error' },
    { handle: 'eli', line: '/refer MTP keen on retail, asked for Mere by name' },
  ],
  1: [
    { handle: 'aroha', line: '/contact Harbour Café f2f for SJ-14 spoke with the manager' },
    { handle: 'aroha', line: '/contact Quayside Logistics f2f for MT-21 Mere is keen on nights' },
    { handle: 'chen', line: '/contact Beautiful Blooms Nursery f2f for DG-40' },
  ],
  3: [{ handle: 'aroha', line: "/lead Quayside Logistics, picker 16h for MT-21 ask for Mere's old supervisor" }],
  8: [{ handle: 'aroha', line: '/jobstart SJ-14 Harbour Cafe, barista today 20h' }],
  16: [{ handle: 'aroha', line: '/jobstart MT-21 Quayside Logistics, picker today 16h' }],
  22: [{ handle: 'ben', line: "/jobstart RB-33 Perry's Garden Centre, retail assistant today 25h" }],
  // Logged on a Friday night, held for Monday morning; "no celebrations" arrives on Saturday.
  25: [{ handle: 'ben', line: '/jobstart LW-18 Northgate Library, library assistant today 15h', at: '22:00' }],
  26: [{ handle: 'ben', line: '/client consent LW-18 no-celebrations', at: '10:00' }],
  // Rangi withdraws consent after being celebrated by name; the specialist takes the offered edit.
  36: [
    { handle: 'ben', line: '/client consent RB-33 none' },
    { handle: 'ben', line: '/celebrate anonymise RB-33' },
  ],
  44: [{ handle: 'chen', line: '/jobstart DG-40 Beautiful Blooms Nursery, nursery hand today 30h' }],
  50: [{ handle: 'chen', line: '/jobstart HN-02 Riverside Print Works, print finisher today 20h' }],
};

/** Who has not consented by the end, and what would single them out. */
const notConsenting = [
  { ref: 'MT-21', initials: /\bM\.?\s?T\b/, words: /Mere|Quayside/ },
  { ref: 'MTP-01', initials: /\bM\.?\s?T\.?\s?P\b/, words: /Tapu/ },
  { ref: 'RB-33', initials: /\bR\.?\s?B\b/, words: /Rangi|Perry/ },
  { ref: 'LW-18', initials: /\bL\.?\s?W\b/, words: /Northgate/ },
  { ref: 'DG-40', initials: /\bD\.?\s?G\b/, words: /Beautiful Blooms/ },
  { ref: 'HN-02', initials: /\bH\.?\s?N\b/, words: /Riverside Print/ },
];

/** Every message in a channel as it stands now: posts, with later edits applied and deletions removed. */
function standing(channelId: string): string[] {
  const deleted = new Set(channels.deletes.map((d) => d.messageId));
  return channels
    .postsIn(channelId)
    .filter((p) => !deleted.has(p.ref.messageId))
    .map((p) => channels.updates.filter((u) => u.ref.messageId === p.ref.messageId).at(-1)?.message.text ?? p.message.text);
}

beforeAll(async () => {
  bot = await startTestBot({ now: instantAt(firstDay, '08:00', timeZone).toISOString() });
  channels = recordingMessenger();
  bot.core.outbox.register(channels);
  for (let day = 0; day < days; day++) {
    const date = addLocalDays(firstDay, day);
    const at = (time: string) => bot.clock.set(instantAt(date, time, timeZone).toISOString());
    const working = isoWeekday(date) <= 5;
    for (const time of working ? ['09:35', '10:05'] : []) {
      at(time);
      await bot.core.scheduler.tick();
      await bot.core.outbox.drain();
    }
    for (const step of plan[day] ?? []) {
      at(step.at ?? '11:00');
      const { reply, text } = await bot.say(step.handle, step.line);
      expect(reply.kind, `${date} ${step.line}: ${text}`).toBe(step.expect ?? 'message');
      await bot.core.outbox.drain();
    }
    if (working) {
      at('15:05');
      await bot.core.scheduler.tick();
      await bot.core.outbox.drain();
    }
  }
}, 600_000);
afterAll(async () => {
  await bot.close();
});

describe('a quarter in the clinical channels', () => {
  it('celebrated the starts and milestones of people who did not ask for none, naming only the consenting', () => {
    const northside = standing('northside-cmht');
    const eastside = standing('eastside-cmht');
    // Starts: SJ-14, MT-21, RB-33 (Northside); DG-40, HN-02 (Eastside); LW-18 asked for none.
    expect(northside.filter((t) => t.includes('Job start'))).toHaveLength(3);
    expect(eastside.filter((t) => t.includes('Job start'))).toHaveLength(2);
    expect(northside.some((t) => t.includes('4 weeks in work'))).toBe(true);
    expect(northside.filter((t) => /\bSam\b/.test(t)).length).toBeGreaterThan(0);
    expect(northside.some((t) => t.includes('Harbour Café'))).toBe(true); // Sam's employer, with consent
    expect(channels.updates.length).toBeGreaterThan(0); // Rangi's posts were edited
  });

  it.each(['northside-cmht', 'eastside-cmht'])(
    '%s: no references, and nothing that singles out a person who did not consent',
    (channelId) => {
      const texts = standing(channelId);
      expect(texts.length).toBeGreaterThan(3);
      for (const text of texts) {
        expect(text).not.toMatch(/\b[A-Z]{1,4}-\d{2,}\b/);
        for (const person of notConsenting) {
          expect(text, person.ref).not.toMatch(person.initials);
          expect(text, person.ref).not.toMatch(person.words);
        }
      }
    },
  );

  it('the unit channel never carries the names of people who did not consent, nor what was typed in notes', () => {
    const texts = standing('harbour-ips');
    expect(texts.some((t) => t.includes('IPS team meeting agenda'))).toBe(true);
    for (const text of texts) expect(text).not.toMatch(/Mere|Tapu|Rangi|supervisor's|keen on nights/);
  });
});
