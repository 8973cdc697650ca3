// A year of one IPS unit driven through the real commands, day by day, and the
// supervisor's summary on its last day compared with the hand-computed table in
// simulated-year-table.ts: job starts with and without hours, a retention case,
// a seasonal job, an agency job, a set-aside job, a job loss learned late,
// missed follow-along checkpoints, a backdated contact, contacts with benefits
// staff and weeks with nobody looking for work. Runs on PGlite, and on
// PostgreSQL with TEST_DATABASE_URL.
// Follow-along counts face-to-face client meetings (/client met … f2f) only:
// employer contacts, phone calls and outreach never clear a checkpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, Message } from '../../src/core/message.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { arohaContactsFact, fidelityRows, outcomeLines, perrysCupsOfTea } from './simulated-year-table.js';

/** [day, who, what], in the order it happened. */
const script: [string, string, string][] = [
  ['2026-01-12', 'aroha', '/client add AA-01'],
  ['2026-01-12', 'aroha', '/client met AA-01'],
  ['2026-01-12', 'aroha', '/client add BB-02'],
  ['2026-01-12', 'aroha', '/client met BB-02'],
  ['2026-01-12', 'aroha', '/client add JJ-10'],
  ['2026-01-12', 'aroha', '/client met JJ-10'],
  ['2026-01-20', 'aroha', '/contact Harbour Café f2f for AA-01'],
  ['2026-02-02', 'aroha', '/jobstart AA-01 Harbour Café, barista today 20h min-wage'],
  ['2026-02-02', 'aroha', '/client add CC-03'],
  ['2026-02-02', 'aroha', '/client met CC-03'],
  ['2026-02-02', 'aroha', '/jobstart CC-03 Quayside Logistics, picker existing 16h'],
  ['2026-03-02', 'aroha', "/contact Perry's Garden Centre f2f for BB-02"],
  ['2026-03-02', 'aroha', '/client close JJ-10 moved away'],
  ['2026-03-16', 'aroha', "/jobstart BB-02 Perry's Garden Centre, retail assistant today"],
  ['2026-04-06', 'aroha', '/client add DD-04'],
  ['2026-04-06', 'aroha', '/client met DD-04'],
  ['2026-04-20', 'aroha', '/contact Beach Kiosk f2f for DD-04'],
  ['2026-05-04', 'aroha', '/jobstart DD-04 Beach Kiosk, ice cream seller today 12h seasonal min-wage'],
  ['2026-05-04', 'aroha', '/jobstart update DD-04 type sales'],
  ['2026-06-01', 'aroha', '/client add EE-05'],
  ['2026-06-01', 'aroha', '/client met EE-05'],
  ['2026-06-15', 'aroha', '/jobend BB-02 1/6 shop closed'],
  ['2026-07-20', 'aroha', '/jobstart EE-05 Town Library, library assistant today 15h type admin'],
  ['2026-09-07', 'aroha', '/client add FF-06'],
  ['2026-09-07', 'aroha', '/client met FF-06'],
  ['2026-09-21', 'aroha', '/contact Works Co f2f for FF-06'],
  ['2026-09-30', 'aroha', '/jobend DD-04 today end of season'],
  ['2026-10-05', 'aroha', '/jobstart FF-06 Works Co, assembler today 30h set-aside'],
  ['2026-10-05', 'aroha', '/client add GG-07'],
  ['2026-10-05', 'aroha', '/client met GG-07'],
  ['2026-10-05', 'ben', '/client add KK-11 eastside'],
  ['2026-10-05', 'ben', '/client met KK-11'],
  ['2026-10-05', 'aroha', '/client add II-09'],
  ['2026-10-07', 'aroha', '/client met FF-06 f2f at community'],
  ['2026-10-12', 'ben', '/contact Quayside Logistics f2f for KK-11'],
  ['2026-10-14', 'aroha', '/client met FF-06 f2f at community'],
  ['2026-10-15', 'aroha', '/client met EE-05 f2f at office'],
  ['2026-10-20', 'aroha', '/contact Seaview Hotel f2f'],
  ['2026-10-21', 'aroha', '/client met FF-06 f2f at community'],
  ['2026-10-28', 'aroha', '/client met FF-06 f2f at community'],
  ['2026-11-09', 'aroha', '/jobstart DD-04 Harbour Café, kitchen porter today 8h'],
  ['2026-11-20', 'aroha', '/client met AA-01 f2f at work'],
  ['2026-11-24', 'aroha', "/contact Perry's Garden Centre f2f next 1/12"],
  ['2026-11-24', 'aroha', '/employer Jobcentre Plus benefits contact Sam Reid'],
  ['2026-11-25', 'aroha', '/contact Harbour Café f2f'],
  ['2026-11-25', 'aroha', '/contact Jobcentre Plus phone shared referrals'],
  ['2026-11-26', 'aroha', '/contact Quayside Logistics f2f'],
  ['2026-11-26', 'ben', '/contact Quayside Logistics f2f for KK-11'],
  ['2026-11-30', 'aroha', '/contact Town Library f2f for BB-02'],
  ['2026-11-30', 'aroha', '/client add HH-08'],
  ['2026-11-30', 'aroha', '/client met HH-08'],
  ['2026-11-30', 'aroha', '/client met FF-06 f2f at community'],
  ['2026-12-01', 'aroha', "/contact Perry's Garden Centre f2f next 15/12"],
  ['2026-12-02', 'aroha', '/contact Harbour Café f2f for HH-08'],
  ['2026-12-02', 'aroha', '/jobstart HH-08 Harbour Café, waiter 9/12 10h min-wage'],
  ['2026-12-03', 'aroha', '/contact Beautiful Blooms Nursery f2f next 10/12'],
  ['2026-12-03', 'aroha', '/contact Harbour Café email'],
  ['2026-12-04', 'aroha', '/contact Quayside Logistics f2f'],
  ['2026-12-04', 'aroha', '/contact Town Library f2f'],
  ['2026-12-07', 'aroha', '/contact Harbour Café f2f'],
  ['2026-12-07', 'ben', '/jobstart KK-11 Quayside Logistics, picker today agency'],
  ['2026-12-08', 'ben', '/client met KK-11 f2f at home'],
  ['2026-12-09', 'aroha', '/contact Beautiful Blooms Nursery f2f'],
  ['2026-12-10', 'aroha', '/client met HH-08 f2f at work'],
  ['2026-12-10', 'aroha', '/contact Jobcentre Plus f2f for GG-07'],
  ['2026-12-11', 'aroha', '/contact Quayside Logistics visit'],
  ['2026-12-12', 'ben', '/jobstart update KK-11 worked4'],
  ['2026-12-14', 'aroha', '/client met GG-07 f2f at office'],
  ['2026-12-15', 'aroha', "/contact Perry's Garden Centre f2f"],
  ['2026-12-15', 'aroha', '/client met HH-08 phone'],
  ['2026-12-16', 'aroha', '/contact Jobcentre Plus f2f'],
  ['2026-12-17', 'aroha', '/contact Harbour Café f2f next 2027-01-07'],
  ['2026-12-18', 'aroha', '/contact Works Co f2f'],
  ['2026-12-21', 'aroha', '/contact Town Library f2f'],
  ['2026-12-21', 'aroha', "/contact Perry's Garden Centre email next 28/12"],
  // Backdated: logged on 21 Dec, for a visit on 27 Nov.
  ['2026-12-21', 'aroha', "/contact Perry's Garden Centre f2f on 27/11"],
  // Backdated: a face-to-face meeting with DD-04 on 4 Dec, logged on 21 Dec.
  ['2026-12-21', 'aroha', '/client met DD-04 f2f on 4/12'],
];

const lastDay = '2026-12-21';

function blockAfter(message: Message, heading: string): Block {
  const index = message.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith(heading));
  expect(index, heading).toBeGreaterThan(-1);
  return message.blocks[index + 1]!;
}

describe('a simulated year for one unit', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: '2026-01-05T10:00:00Z' });
    // The demo's people would join the figures: the year starts with an empty caseload.
    await bot.database.db.referral.deleteMany({});
    await bot.database.db.clientContact.deleteMany({});
    await bot.database.db.client.deleteMany({});
    for (const [day, who, line] of script) {
      bot.clock.set(`${day}T10:00:00Z`);
      const { reply, text } = await bot.say(who, line);
      expect(reply.kind, `${day} ${who}: ${line}\n${text}`).toBe('message');
    }
  }, 240_000);
  afterAll(() => bot.close());

  it('gives the supervisor the hand-computed fidelity estimates and outcome figures', async () => {
    bot.clock.set(`${lastDay}T10:00:00Z`);
    const { reply } = await bot.say('dana', '/ips summary');
    if (reply.kind !== 'message') throw new Error(`summary refused: ${JSON.stringify(reply)}`);
    const scores = blockAfter(reply.message, 'Estimated fidelity scores');
    expect(scores.kind === 'facts' && scores.facts).toEqual(fidelityRows);
    const outcomes = reply.message.blocks.find((b) => b.kind === 'list' && b.title?.startsWith('Outcomes (IPS Grow definitions)'));
    expect(outcomes?.kind === 'list' && outcomes.items).toEqual(outcomeLines);
    const aroha = blockAfter(reply.message, 'Aroha Ngata');
    expect(aroha.kind === 'facts' && aroha.facts.find((f) => f.label === 'Face-to-face employer contacts')?.value).toBe(arohaContactsFact);
  });

  it('numbers cups of tea in date order after a backdated contact, never twice', async () => {
    const rows = await bot.database.db.employerContact.findMany({
      where: { specialist: { handle: 'aroha' }, employer: { name: "Perry's Garden Centre" } },
      orderBy: [{ contactedOn: 'asc' }, { id: 'asc' }],
    });
    expect(rows.map((r) => [r.contactedOn.toISOString().slice(0, 10), r.type, r.cupOfTea])).toEqual(perrysCupsOfTea);
  });

  it("shows Aroha the summary's target and keeps the retention case and the self-found job off the day-30 list", async () => {
    bot.clock.set(`${lastDay}T10:00:00Z`);
    const { text } = await bot.say('aroha', '/ips me');
    // This ISO week (21–27 Dec): the Town Library visit; BB-02 and GG-07 are looking: target 2 × 2.
    expect(text).toContain(
      'Face-to-face employer contacts: 1 of 4. Target: 6 a week, or 2 × the people looking for work when fewer than 3 are (2 looking now).',
    );
    expect(text).toContain('GG-07 is on day 77 since joining with no face-to-face employer contact yet');
    expect(text).not.toMatch(/(CC-03|EE-05) is on day/);
    // Aroha's own people: starts AA, BB, DD ×2, EE, FF, HH = 7 (6 first); into work AA, DD, EE, FF, HH = 5 of 8 out of work.
    expect(text).toContain('Job starts: 7 (6 first, 1 later).');
    expect(text).toContain('Supported into work: 5.');
    expect(text).toContain('Employment rate: 63% (5 of 8).');
    expect(text).toContain('Job retention: 11% (1 of 9).');
  });
});
