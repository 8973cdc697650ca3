import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRoster, parseRosterFile, RosterFileError } from '../../src/roster/roster-import.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

/** The fields of examples/roster.json that the tests change. */
interface RosterJson {
  units: { timeZone: string; agendaTime: string; staff: { name: string; role: string; teams: string[]; slack?: string }[] }[];
}

const example = async () => JSON.parse(await readFile(join(import.meta.dirname, '../../examples/roster.json'), 'utf8')) as RosterJson;

describe('roster import', () => {
  // An empty database for every test: what an import writes (and audits) depends on what is there.
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ demo: false });
  });
  afterEach(async () => {
    await bot.close();
  });
  const importExample = async () => importRoster(bot.database.db, parseRosterFile(await example()), bot.clock.now());

  it('sets up a service from the example file, and its people can use the bot from Slack', async () => {
    const result = await importExample();
    expect(result).toEqual({ units: 1, clinicalTeams: 2, staff: 5, links: 3 });
    const { reply, text } = await bot.say('U0AROHA', '/contact Harbour Cafe f2f', {
      platform: 'slack',
      conversation: { workspace: 'T0123ABC' },
    });
    expect(reply.kind, text).toBe('message');
    expect(await bot.database.db.auditEvent.count({ where: { action: 'roster.staff' } })).toBe(5);
  });

  it('changes nothing the second time, and updates what the file changes', async () => {
    await importExample();
    const file = await example();
    file.units[0]!.staff[1]!.teams = ['eastside'];
    await importRoster(bot.database.db, parseRosterFile(file), bot.clock.now());
    const ben = await bot.database.db.staff.findUniqueOrThrow({
      where: { handle: 'ben' },
      include: { teams: { include: { clinicalTeam: true } } },
    });
    expect(ben.teams.map((t) => t.clinicalTeam.key)).toEqual(['eastside']);
    expect(await bot.database.db.staff.count()).toBe(5);
    expect(await bot.database.db.vocationalUnit.count()).toBe(1);
  });

  it('refuses a staff member in a team the unit does not have, writing nothing', async () => {
    await importExample();
    const file = await example();
    file.units[0]!.staff[0]!.teams = ['westside'];
    file.units[0]!.staff[0]!.name = 'Changed Name';
    await expect(importRoster(bot.database.db, parseRosterFile(file), bot.clock.now())).rejects.toThrow('no clinical team "westside"');
    expect((await bot.database.db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } })).displayName).toBe('Aroha Ngata');
  });
});

describe('a bad roster file', () => {
  it.each([
    [(f: RosterJson) => (f.units[0]!.timeZone = 'Mars/Olympus'), /units\.0\.timeZone: an IANA time zone/],
    [(f: RosterJson) => (f.units[0]!.staff[0]!.role = 'boss'), /units\.0\.staff\.0\.role/],
    [(f: RosterJson) => (f.units[0]!.staff[3]!.teams = []), /a clinician belongs to exactly one clinical team/],
    [(f: RosterJson) => (f.units[0]!.staff[0]!.slack = 'aroha'), /Slack accounts are "<team id>\/<user id>"/],
    [(f: RosterJson) => (f.units[0]!.agendaTime = '3pm'), /times are HH:MM/],
  ])('names what is wrong in a bad file (%#)', async (spoil, message) => {
    const file = await example();
    spoil(file);
    expect(() => parseRosterFile(file)).toThrow(RosterFileError);
    expect(() => parseRosterFile(file)).toThrow(message);
  });
});
