// A few months of the demo service's work, loaded with the demo roster on a
// first `npm start` (not in tests, which build their own histories): employer
// contacts, job starts, outreach, referrals, evidence for the fidelity review,
// supervision and treatment team meetings. Enough for /ips fidelity to draft
// most items, /ips summary to have a chart, and the agenda to have a week.
import type { Db } from '../db/database.js';
import { addLocalDays, localDateOf, toDbDate } from '../core/local-date.js';
import { employerMatchKey } from '../services/employers.js';
import type { ClientEvidenceKind, ContactType, OutreachMethod } from '../generated/prisma/enums.js';

const timeZone = 'Europe/London';

/** People with a longer history than the roster's, who are in work now. */
const workingPeople = [
  {
    ref: 'TA-09',
    specialist: 'aroha',
    team: 'northside',
    entryDaysAgo: 120,
    job: { employer: 'Harbour Café', role: 'barista', jobType: 'hospitality', startDaysAgo: 60, hours: 20 },
  },
  {
    ref: 'PW-11',
    specialist: 'ben',
    team: 'eastside',
    entryDaysAgo: 150,
    job: { employer: 'Quayside Logistics', role: 'picker', jobType: 'warehouse', startDaysAgo: 30, hours: 30 },
  },
  {
    ref: 'GH-05',
    specialist: 'chen',
    team: 'eastside',
    entryDaysAgo: 100,
    job: { employer: "Perry's Garden Centre", role: 'retail assistant', jobType: 'retail', startDaysAgo: 12, hours: 16 },
  },
] as const;

export async function loadDemoHistory(db: Db, now: Date): Promise<void> {
  const today = localDateOf(now, timeZone);
  const ago = (days: number): Date => toDbDate(addLocalDays(today, -days));
  await db.$transaction(
    async (tx) => {
      const unit = await tx.vocationalUnit.findUniqueOrThrow({ where: { key: 'harbour' } });
      const staff = Object.fromEntries((await tx.staff.findMany()).map((s) => [s.handle, s]));
      const teams = Object.fromEntries((await tx.clinicalTeam.findMany()).map((t) => [t.key, t]));
      const jobcentre = await tx.employer.create({
        data: { organisationId: unit.organisationId, name: 'Harbour Jobcentre Plus', matchKey: employerMatchKey('Harbour Jobcentre Plus') },
      });
      const employers = Object.fromEntries((await tx.employer.findMany()).map((e) => [e.name, e]));

      for (const p of workingPeople) {
        const client = await tx.client.create({
          data: {
            ref: p.ref,
            status: 'active',
            specialistId: staff[p.specialist]!.id,
            clinicalTeamId: teams[p.team]!.id,
            referredOn: ago(p.entryDaysAgo + 7),
            programmeEntryOn: ago(p.entryDaysAgo),
            profileStartedOn: ago(p.entryDaysAgo - 7),
          },
        });
        await tx.job.create({
          data: {
            clientId: client.id,
            employerId: employers[p.job.employer]!.id,
            specialistId: staff[p.specialist]!.id,
            role: p.job.role,
            jobType: p.job.jobType,
            startOn: ago(p.job.startDaysAgo),
            hoursPerWeek: p.job.hours,
            loggedAt: ago(p.job.startDaysAgo + 8),
          },
        });
      }
      const clients = await tx.client.findMany({ include: { clinicalTeam: true } });
      const byRef = Object.fromEntries(clients.map((c) => [c.ref, c]));

      // Referrals from the clinical teams' champions and clinicians, as /refer records them.
      await tx.referral.createMany({
        data: clients.map((c, i) => ({
          clientId: c.id,
          clinicalTeamId: c.clinicalTeamId,
          referredById: i % 3 === 2 ? null : c.clinicalTeam.key === 'northside' ? staff.eli!.id : staff.farah!.id,
          referredOn: c.referredOn ?? ago(10),
        })),
      });

      // Employer contacts over the last 10 weeks: in person most of the time, for people looking for work, with repeat visits.
      const pattern: Record<string, { perWeek: number; refs: string[] }> = {
        aroha: { perWeek: 6, refs: ['SJ-14', 'MT-21', 'TA-09'] },
        ben: { perWeek: 4, refs: ['RB-33', 'LW-18', 'PW-11'] },
        chen: { perWeek: 5, refs: ['HN-02', 'DG-40', 'GH-05'] },
      };
      const names = ["Perry's Garden Centre", 'Beautiful Blooms Nursery', 'Harbour Café', 'Quayside Logistics'];
      const contacts: {
        specialistId: number;
        employerId: number;
        clientId: number | null;
        contactedOn: Date;
        type: ContactType;
        cupOfTea: number;
        benefitsLiaison: boolean;
      }[] = [];
      for (const [handle, { perWeek, refs }] of Object.entries(pattern)) {
        const met = new Map<string, number>();
        for (let week = 9; week >= 0; week--) {
          for (let k = 0; k < perWeek; k++) {
            const daysAgo = week * 7 + (k % 5);
            const employer = names[(week + k) % names.length]!;
            const inPerson = k % 4 !== 3;
            if (inPerson) met.set(employer, (met.get(employer) ?? 0) + 1);
            const ref = k % 3 === 2 ? null : refs[(week + k) % refs.length]!;
            const client = ref ? byRef[ref] : undefined;
            // Only contacts after the person joined count for them.
            const forClient = client?.programmeEntryOn && client.programmeEntryOn <= ago(daysAgo) ? client.id : null;
            contacts.push({
              specialistId: staff[handle]!.id,
              employerId: employers[employer]!.id,
              clientId: forClient,
              contactedOn: ago(daysAgo),
              type: inPerson ? 'face_to_face' : 'phone',
              cupOfTea: Math.max(1, met.get(employer) ?? 1),
              benefitsLiaison: false,
            });
          }
          // Jobcentre Plus: a call most weeks, a meeting once a month.
          if (handle === 'aroha' && week !== 5) {
            contacts.push({
              specialistId: staff.aroha!.id,
              employerId: jobcentre.id,
              clientId: null,
              contactedOn: ago(week * 7 + 1),
              type: week % 4 === 0 ? 'face_to_face' : 'phone',
              cupOfTea: 1,
              benefitsLiaison: true,
            });
          }
        }
      }
      await tx.employerContact.createMany({ data: contacts });

      // Follow-along and outreach: face to face with people in work, home and joint visits, a family call.
      const outreach: { ref: string; daysAgo: number; method: OutreachMethod; specialist: string }[] = [
        { ref: 'TA-09', daysAgo: 58, method: 'community', specialist: 'aroha' },
        { ref: 'TA-09', daysAgo: 53, method: 'community', specialist: 'aroha' },
        { ref: 'TA-09', daysAgo: 46, method: 'home', specialist: 'aroha' },
        { ref: 'TA-09', daysAgo: 39, method: 'community', specialist: 'aroha' },
        { ref: 'TA-09', daysAgo: 32, method: 'community', specialist: 'aroha' },
        { ref: 'TA-09', daysAgo: 5, method: 'community', specialist: 'aroha' },
        { ref: 'PW-11', daysAgo: 29, method: 'community', specialist: 'ben' },
        { ref: 'PW-11', daysAgo: 23, method: 'joint', specialist: 'ben' },
        { ref: 'PW-11', daysAgo: 16, method: 'home', specialist: 'ben' },
        { ref: 'PW-11', daysAgo: 9, method: 'community', specialist: 'ben' },
        { ref: 'PW-11', daysAgo: 2, method: 'community', specialist: 'ben' },
        { ref: 'GH-05', daysAgo: 13, method: 'community', specialist: 'chen' },
        { ref: 'GH-05', daysAgo: 10, method: 'community', specialist: 'chen' },
        { ref: 'GH-05', daysAgo: 5, method: 'home', specialist: 'chen' },
        { ref: 'LW-18', daysAgo: 20, method: 'family', specialist: 'ben' },
        { ref: 'DG-40', daysAgo: 8, method: 'phone', specialist: 'chen' },
      ];
      await tx.outreachAttempt.createMany({
        data: outreach.map((o) => ({
          clientId: byRef[o.ref]!.id,
          specialistId: staff[o.specialist]!.id,
          attemptedOn: ago(o.daysAgo),
          method: o.method,
        })),
      });

      // Evidence for items 12-14 and 16: profiles, plans, benefits planning before each start, disclosure talks.
      const evidence: { ref: string; kind: ClientEvidenceKind; daysAgo: number; topics?: string[] }[] = [];
      for (const c of clients.filter((x) => x.programmeEntryOn)) {
        const entryDaysAgo = Math.round((toDbDate(today).getTime() - c.programmeEntryOn!.getTime()) / 86_400_000);
        evidence.push({ ref: c.ref, kind: 'profile_update', daysAgo: Math.max(0, entryDaysAgo - 7) });
        evidence.push({ ref: c.ref, kind: 'plan_update', daysAgo: Math.max(0, entryDaysAgo - 10) });
        evidence.push({ ref: c.ref, kind: 'disclosure', daysAgo: Math.max(0, entryDaysAgo - 7), topics: ['pros-cons'] });
        if (entryDaysAgo > 60) evidence.push({ ref: c.ref, kind: 'disclosure', daysAgo: entryDaysAgo - 60, topics: ['what-to-say'] });
      }
      for (const p of workingPeople) {
        evidence.push({ ref: p.ref, kind: 'benefits_offered', daysAgo: p.job.startDaysAgo + 14 });
        if (p.ref !== 'GH-05') evidence.push({ ref: p.ref, kind: 'benefits_done', daysAgo: p.job.startDaysAgo + 7 });
        if (p.job.startDaysAgo > 30) evidence.push({ ref: p.ref, kind: 'profile_update', daysAgo: p.job.startDaysAgo - 14 });
      }
      await tx.clientEvidence.createMany({
        data: evidence.map((e) => ({
          clientId: byRef[e.ref]!.id,
          kind: e.kind,
          on: ago(e.daysAgo),
          topics: e.topics ?? [],
          recordedById: byRef[e.ref]!.specialistId!,
        })),
      });

      // Group supervision most weeks, field mentoring about monthly, treatment team meetings.
      const sessions: { kind: 'group' | 'field'; daysAgo: number; specialist?: string }[] = [];
      for (let week = 0; week < 10; week++) if (week !== 3) sessions.push({ kind: 'group', daysAgo: week * 7 + 1 });
      sessions.push(
        { kind: 'field', daysAgo: 6, specialist: 'ben' },
        { kind: 'field', daysAgo: 34, specialist: 'chen' },
        { kind: 'field', daysAgo: 63, specialist: 'aroha' },
      );
      await tx.supervisionSession.createMany({
        data: sessions.map((s) => ({
          unitId: unit.id,
          kind: s.kind,
          on: ago(s.daysAgo),
          specialistId: s.specialist ? staff[s.specialist]!.id : null,
          recordedById: staff.dana!.id,
        })),
      });
      const mdt: { handle: string; team: string; daysAgo: number }[] = [
        { handle: 'dana', team: 'northside', daysAgo: 20 },
        { handle: 'dana', team: 'eastside', daysAgo: 27 },
      ];
      for (let week = 0; week < 8; week++) {
        mdt.push(
          { handle: 'aroha', team: 'northside', daysAgo: week * 7 + 2 },
          { handle: 'chen', team: 'eastside', daysAgo: week * 7 + 3 },
        );
        if (week % 2 === 0) mdt.push({ handle: 'ben', team: week % 4 === 0 ? 'northside' : 'eastside', daysAgo: week * 7 + 2 });
      }
      await tx.mdtAttendance.createMany({
        data: mdt.map((m) => ({ staffId: staff[m.handle]!.id, clinicalTeamId: teams[m.team]!.id, on: ago(m.daysAgo) })),
      });
      await tx.auditEvent.create({ data: { action: 'demo.history', entity: 'VocationalUnit', entityId: String(unit.id) } });
      // A few hundred rows: more than the default 5 s on a busy laptop's first start.
    },
    { timeout: 60_000 },
  );
}
