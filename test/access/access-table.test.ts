// Who sees what, tried the way a clinical safety officer would: every
// registered action (the table is made from the registry, so a new command
// cannot be missed) as every role, against the caller's own data and against
// another unit's. Invariants checked on every run:
// - a role the action is not declared for is refused and nothing is written;
// - naming another unit's person, team or unit never shows or changes their data;
// - an admin's answers carry no one's reference (no caseload data);
// - a clinician's answers carry only the references of people they referred.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../src/generated/prisma/enums.js';
import { registry } from '../../src/app.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
const db = () => bot.database.db;
let otherId: number;

const actorOf: Record<StaffRole, string> = { specialist: 'aroha', supervisor: 'dana', clinician: 'eli', admin: 'gus' };
const roles = Object.keys(actorOf) as StaffRole[];
const scopes = ['own', 'other'] as const;

/** Words that exist only in the other unit's data: none may reach an answer to someone outside it. */
const otherMarkers = /ZZ-01|Zara|Riverside Bakery|Rowan Quill|kneads flexible hours/;
const anyRef = /\b[A-Z]{1,4}-\d{2,}\b/g;

/** The example line, pointed at the other unit: its person, its clinical team, its unit key. */
function pointAtOther(line: string): string {
  return line
    .replace(anyRef, 'ZZ-01')
    .replace(/\b(northside|eastside)\b/g, 'westside')
    .replace(/\bharbour\b/g, 'riverside');
}

const table = registry.commands.flatMap((command) =>
  command.actions.flatMap((action) =>
    roles.flatMap((role) =>
      scopes.map((scope) => ({
        name: `/${command.name}${action.words ? ` ${action.words}` : ''}`,
        allowed: action.roles.includes(role),
        role,
        scope,
        line: scope === 'own' ? action.examples[0] : pointAtOther(action.examples[0]),
      })),
    ),
  ),
);

/** Everything held about the other unit's person, to see that no run changed it. */
async function otherUnitState(): Promise<string> {
  const person = await db().client.findUnique({
    where: { id: otherId },
    include: { contacts: true, jobs: true, outreach: true, referrals: true, interviews: true, leads: true },
  });
  const celebrations = await db().celebration.count({ where: { clientId: otherId } });
  const audits = await db().auditEvent.count({ where: { entity: 'Client', entityId: String(otherId) } });
  return JSON.stringify({ person, celebrations, audits });
}

beforeAll(async () => {
  bot = await startTestBot();
  const org = await db().organisation.findFirstOrThrow();
  const unit = await db().vocationalUnit.create({ data: { organisationId: org.id, name: 'Riverside IPS', key: 'riverside' } });
  const team = await db().clinicalTeam.create({ data: { unitId: unit.id, name: 'Westside CMHT', key: 'westside' } });
  const rowan = await db().staff.create({
    data: {
      handle: 'rowan',
      displayName: 'Rowan Quill',
      role: 'specialist',
      unitId: unit.id,
      teams: { create: { clinicalTeamId: team.id } },
    },
  });
  await db().staff.create({ data: { handle: 'sol', displayName: 'Sol Reyes', role: 'supervisor', unitId: unit.id } });
  const cleo = await db().staff.create({
    data: { handle: 'cleo', displayName: 'Cleo Park', role: 'clinician', unitId: unit.id, teams: { create: { clinicalTeamId: team.id } } },
  });
  const day = new Date('2026-10-01');
  const other = await db().client.create({
    data: {
      ref: 'ZZ-01',
      status: 'active',
      specialistId: rowan.id,
      clinicalTeamId: team.id,
      referredOn: day,
      programmeEntryOn: day,
      consentToBeNamed: true,
      firstName: 'Zara',
    },
  });
  otherId = other.id;
  await db().referral.create({
    data: { clientId: other.id, clinicalTeamId: team.id, referredById: cleo.id, referredOn: day, notes: 'kneads flexible hours' },
  });
  const bakery = await db().employer.create({ data: { organisationId: org.id, name: 'Riverside Bakery', matchKey: 'riverside bakery' } });
  await db().job.create({
    data: {
      clientId: other.id,
      employerId: bakery.id,
      specialistId: rowan.id,
      role: 'baker',
      jobType: 'food',
      startOn: new Date('2026-11-02'),
    },
  });
  // Eli referred SJ-14: the one person of the demo a clinician may look up.
  const sj = await db().client.findUniqueOrThrow({ where: { ref: 'SJ-14' } });
  const eli = await db().staff.findUniqueOrThrow({ where: { handle: 'eli' } });
  await db().referral.create({
    data: { clientId: sj.id, clinicalTeamId: sj.clinicalTeamId, referredById: eli.id, referredOn: new Date('2026-10-20') },
  });
}, 60_000);
afterAll(async () => {
  await bot.close();
});

describe('the access table', () => {
  it('has every registered action × every role × own and other scope', () => {
    const actions = registry.commands.reduce((n, c) => n + c.actions.length, 0);
    expect(table).toHaveLength(actions * roles.length * scopes.length);
  });

  it.each(table)('$name as $role, $scope data: $line', async ({ allowed, role, scope, line }) => {
    const before = { state: await otherUnitState(), audits: await db().auditEvent.count() };
    const { reply, text } = await bot.say(actorOf[role], line);
    if (!allowed) {
      expect(reply.kind).toBe('error');
      expect(text).toMatch(/your role is/);
      expect(await db().auditEvent.count()).toBe(before.audits);
      return;
    }
    expect(text).not.toMatch(/your role is/);
    expect(await otherUnitState()).toBe(before.state);
    if (reply.kind === 'error') return;
    if (scope === 'other' || role !== 'supervisor') expect(text).not.toMatch(otherMarkers);
    if (role === 'admin') expect(text.match(anyRef) ?? []).toEqual([]);
    if (role === 'clinician') {
      const refs = [...new Set(text.match(anyRef) ?? [])];
      const referred = await db().client.findMany({
        where: { ref: { in: refs }, referrals: { some: { referredBy: { handle: 'eli' } } } },
        select: { ref: true },
      });
      expect(refs.sort()).toEqual(referred.map((r) => r.ref).sort());
    }
  });
});

describe('the refusals a new user would try first', () => {
  it.each([
    ['dana', '/ips summary riverside', /your own unit's figures only \(harbour\), not riverside's/],
    ['dana', '/client show ZZ-01', /No one with the reference ZZ-01 is on your unit's caseloads/],
    ['eli', '/client show MT-21', /MT-21 is not someone you referred/],
    ['gus', '/client consent SJ-14 name Sam', /your role is admin/],
    ['sol', '/client consent SJ-14 none', /No one with the reference SJ-14 is on your caseload/],
    ['ben', '/client consent SJ-14 none', /No one with the reference SJ-14 is on your caseload/],
  ])('%s: %s', async (handle, line, why) => {
    const { reply, text } = await bot.say(handle, line);
    expect(reply.kind).toBe('error');
    expect(text).toMatch(why);
  });

  it('lets a clinician see the stage and last contact of someone they referred, and nothing else', async () => {
    const { text } = await bot.say('eli', '/client show SJ-14');
    expect(text).toMatch(/^SJ-14: (met the specialist|looking for work|working)/);
    expect(text).toContain('Last contact with the specialist');
    expect(text).not.toMatch(/Aroha|Timeline|Northside|Harbour/);
  });
});
