// References never carry a name: what a clinician or specialist types where a
// reference is made is refused when it looks like a name, and longer
// references made before the rule are listed and renamed by the supervisor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameLike } from '../../src/services/client-refs.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
const db = () => bot.database.db;

beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot.close();
});

/** A client of Aroha's on Northside, stored with a reference the bot itself might not make. */
async function clientWithRef(ref: string) {
  const team = await db().clinicalTeam.findUniqueOrThrow({ where: { key: 'northside' } });
  const aroha = await db().staff.findUniqueOrThrow({ where: { handle: 'aroha' } });
  return db().client.create({ data: { ref, status: 'active', clinicalTeamId: team.id, specialistId: aroha.id } });
}

describe('what looks like a name', () => {
  it.each([
    ['Sam Jones', 'two words', 'SJ'],
    ['Samantha', 'capitalised word', undefined],
    ['Sam', 'first name', undefined],
    ['sam', 'first name', undefined],
    ['JO', 'first name', undefined],
    ['Sam-1', 'first name', undefined],
  ])('%s: %s', (typed, why, initials) => {
    const found = nameLike(typed);
    expect(found?.why).toContain(why);
    expect(found?.initials).toBe(initials);
  });

  it.each(['SJ', 'sj', 'ABC', 'SJ-14', 'Sj'])('%s is not a name', (typed) => {
    expect(nameLike(typed)).toBeUndefined();
  });
});

describe('making a reference', () => {
  it.each([
    ['eli', '/refer Sam Jones keen on outdoor work', /"Sam Jones" looks like a name .*like SJ/],
    ['eli', '/refer Samantha keen on outdoor work', /"Samantha" looks like a name/],
    ['eli', '/refer sam keen', /"sam" looks like a name \(a first name\)/],
    ['eli', '/refer SAMJ keen', /at most 3 letters/],
    ['eli', '/refer SAMJ-01 keen', /SAMJ-01 has more than 3 letters/],
    ['aroha', '/client add Sam northside', /"Sam" looks like a name/],
  ])('%s: %s is refused and writes nothing', async (handle, line, why) => {
    const before = { clients: await db().client.count(), audits: await db().auditEvent.count() };
    const { reply, text } = await bot.say(handle, line);
    expect(reply.kind).toBe('error');
    expect(text).toMatch(why);
    expect({ clients: await db().client.count(), audits: await db().auditEvent.count() }).toEqual(before);
    expect(await db().client.count({ where: { ref: { startsWith: 'SAM' } } })).toBe(0);
  });

  it('refuses a name typed in the form as well', async () => {
    const { reply } = await bot.say('eli', '/refer', { input: { kind: 'form', values: { person: 'Sam Jones', notes: 'keen' } } });
    expect(reply.kind).toBe('error');
    expect(reply.kind === 'error' && reply.fieldErrors?.person).toMatch(/looks like a name/);
  });

  it('makes initials and a number from initials', async () => {
    // Initials of its own: the rename below makes an SJ reference, and the demo has no QZ.
    await clientWithRef('QZ-14');
    const { text } = await bot.say('eli', '/refer QZ keen on outdoor work');
    expect(text).toContain('Referred: QZ-15');
  });
});

describe('/ips refs and /ips rename', () => {
  it('lists references longer than 3 letters and renames one, audited without the old reference', async () => {
    const old = await clientWithRef('SAMJ-01');
    const listed = await bot.say('dana', '/ips refs');
    expect(listed.text).toContain('SAMJ-01: /ips rename SAMJ-01');
    expect(listed.text).not.toContain('SJ-14');

    expect((await bot.say('dana', '/ips rename SAMJ-01 Sam-1')).text).toMatch(/looks like a name/);
    expect((await bot.say('dana', '/ips rename SAMJ-01 SJ-14')).text).toMatch(/SJ-14 is already someone's reference/);
    expect((await bot.say('aroha', '/ips rename SAMJ-01 SJ-20')).text).toMatch(/your role is specialist/);
    const renamed = await bot.say('dana', '/ips rename samj1 sj20');
    expect(renamed.text).toContain('SAMJ-01 is now SJ-20');
    expect((await db().client.findUniqueOrThrow({ where: { id: old.id } })).ref).toBe('SJ-20');
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'client.rename', entityId: String(old.id) } });
    expect(audit.details).toEqual({ to: 'SJ-20' });
    expect((await bot.say('dana', '/ips refs')).text).toContain('None: every reference is initials and a number.');
  });
});
