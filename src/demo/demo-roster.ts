// The demo service a new user meets on `npm start`: one vocational unit, two
// clinical teams, a few people on each caseload and a few employers.
import { bulkTransaction } from '../db/bulk-transaction.js';
import type { Db } from '../db/database.js';
import { addLocalDays, localDateOf, toDbDate } from '../core/local-date.js';
import { employerMatchKey } from '../services/employers.js';

const timeZone = 'Europe/London';

const staff = [
  { handle: 'aroha', displayName: 'Aroha Ngata', role: 'specialist', teams: ['northside'] },
  { handle: 'ben', displayName: 'Ben Okafor', role: 'specialist', teams: ['northside', 'eastside'] },
  { handle: 'chen', displayName: 'Chen Li', role: 'specialist', teams: ['eastside'] },
  { handle: 'dana', displayName: 'Dana Whitfield', role: 'supervisor', teams: [] },
  { handle: 'eli', displayName: 'Eli Hart', role: 'clinician', teams: ['northside'], champion: true },
  { handle: 'farah', displayName: 'Farah Aziz', role: 'clinician', teams: ['eastside'] },
  { handle: 'gus', displayName: 'Gus Tane', role: 'admin', teams: [] },
] as const;

/** Pseudonymous references only, as on a real caseload. */
const clients = [
  { ref: 'SJ-14', specialist: 'aroha', team: 'northside', entryDaysAgo: 12 },
  { ref: 'MT-21', specialist: 'aroha', team: 'northside', entryDaysAgo: 45 },
  { ref: 'KP-07', specialist: 'aroha', team: 'northside', entryDaysAgo: null },
  { ref: 'RB-33', specialist: 'ben', team: 'northside', entryDaysAgo: 20 },
  { ref: 'LW-18', specialist: 'ben', team: 'eastside', entryDaysAgo: 70 },
  { ref: 'HN-02', specialist: 'chen', team: 'eastside', entryDaysAgo: 5 },
  { ref: 'DG-40', specialist: 'chen', team: 'eastside', entryDaysAgo: 33 },
] as const;

const employers = [
  { name: "Perry's Garden Centre", businessType: 'Garden centre', jobTypes: 'Retail assistant, plant care', likelyHours: '16-30' },
  { name: 'Beautiful Blooms Nursery', businessType: 'Plant nursery', jobTypes: 'Nursery hand', likelyHours: '20-37.5' },
  { name: 'Harbour Café', businessType: 'Café', jobTypes: 'Barista, kitchen porter', likelyHours: '10-30' },
  { name: 'Quayside Logistics', businessType: 'Warehouse', jobTypes: 'Picker, forklift driver', likelyHours: '37.5' },
] as const;

/** True when the database holds no roster at all: the only case the demo may be loaded. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [organisations, people] = await Promise.all([db.organisation.count(), db.staff.count()]);
  return organisations === 0 && people === 0;
}

export async function loadDemoRoster(db: Db, now: Date): Promise<void> {
  const today = localDateOf(now, timeZone);
  await db.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({ data: { name: 'Harbour Health (demo)' } });
    const unit = await tx.vocationalUnit.create({
      data: { organisationId: organisation.id, name: 'Harbour IPS', key: 'harbour', timeZone },
    });
    const teamIds: Record<string, number> = {};
    for (const [key, name] of [
      ['northside', 'Northside CMHT'],
      ['eastside', 'Eastside CMHT'],
    ] as const) {
      teamIds[key] = (await tx.clinicalTeam.create({ data: { unitId: unit.id, name, key } })).id;
    }
    const staffIds: Record<string, number> = {};
    for (const s of staff) {
      const row = await tx.staff.create({
        data: {
          handle: s.handle,
          displayName: s.displayName,
          role: s.role,
          unitId: unit.id,
          champion: 'champion' in s ? s.champion : false,
          teams: { create: s.teams.map((t) => ({ clinicalTeamId: teamIds[t]! })) },
        },
      });
      staffIds[s.handle] = row.id;
    }
    const firstMeetings: { clientId: number; specialistId: number; metOn: Date; type: 'face_to_face' }[] = [];
    for (const c of clients) {
      const entry = c.entryDaysAgo === null ? null : addLocalDays(today, -c.entryDaysAgo);
      const client = await tx.client.create({
        data: {
          ref: c.ref,
          status: entry ? 'active' : 'referred',
          specialistId: staffIds[c.specialist]!,
          clinicalTeamId: teamIds[c.team]!,
          referredOn: toDbDate(addLocalDays(today, -(c.entryDaysAgo ?? 3) - 7)),
          programmeEntryOn: entry ? toDbDate(entry) : null,
        },
      });
      // Programme entry is the first face-to-face meeting, kept as one.
      if (entry)
        firstMeetings.push({ clientId: client.id, specialistId: staffIds[c.specialist]!, metOn: toDbDate(entry), type: 'face_to_face' });
    }
    await tx.clientContact.createMany({ data: firstMeetings });
    await tx.employer.createMany({
      data: employers.map((e) => ({ ...e, organisationId: organisation.id, matchKey: employerMatchKey(e.name) })),
    });
    // Terminal channels, so that team posts have somewhere to appear in the demo.
    await tx.channelBinding.createMany({
      data: [
        { platform: 'console', workspace: 'local', channelId: 'harbour-ips', unitId: unit.id },
        { platform: 'console', workspace: 'local', channelId: 'northside-cmht', clinicalTeamId: teamIds.northside! },
        { platform: 'console', workspace: 'local', channelId: 'eastside-cmht', clinicalTeamId: teamIds.eastside! },
      ],
    });
    await tx.auditEvent.create({ data: { action: 'demo.load', entity: 'Organisation', entityId: String(organisation.id) } });
  }, bulkTransaction);
}

export const demoDefaultHandle = 'aroha';
