// Creates or updates the roster from a roster file, by key and handle, in one
// transaction. Nothing is deleted: people's history stays with the data, and a
// second import of the same file changes nothing.
import { bulkTransaction } from '../db/bulk-transaction.js';
import type { Db } from '../db/database.js';
import type { Prisma } from '../generated/prisma/client.js';
import { RosterFile } from './roster-file.js';

export interface ImportResult {
  units: number;
  clinicalTeams: number;
  staff: number;
  links: number;
}

export class RosterFileError extends Error {}

/** Reads and checks a roster file; every problem is named with its place in the file. */
export function parseRosterFile(json: unknown): RosterFile {
  const parsed = RosterFile.safeParse(json);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`);
  throw new RosterFileError(`The roster file has problems:\n${lines.join('\n')}`);
}

export async function importRoster(db: Db, roster: RosterFile, now: Date): Promise<ImportResult> {
  const result: ImportResult = { units: 0, clinicalTeams: 0, staff: 0, links: 0 };
  await db.$transaction(async (tx) => {
    const audits: Prisma.AuditEventCreateManyInput[] = [];
    const audit = (action: string, entity: string, entityId: number, details: object) =>
      audits.push({ action, entity, entityId: String(entityId), details, at: now });

    const organisation = await tx.organisation.upsert({
      where: { name: roster.organisation },
      create: { name: roster.organisation },
      update: {},
    });
    for (const u of roster.units) {
      const unitData = {
        name: u.name,
        timeZone: u.timeZone,
        meetingWeekday: u.meetingWeekday,
        agendaTime: u.agendaTime,
        reminderTime: u.reminderTime,
      };
      const unit = await tx.vocationalUnit.upsert({
        where: { key: u.key },
        create: { key: u.key, organisationId: organisation.id, ...unitData },
        update: unitData,
      });
      audit('roster.unit', 'VocationalUnit', unit.id, { key: u.key, ...unitData });
      result.units++;
      const teamIds = new Map<string, number>();
      for (const t of u.clinicalTeams) {
        const team = await tx.clinicalTeam.upsert({
          where: { key: t.key },
          create: { key: t.key, name: t.name, unitId: unit.id },
          update: { name: t.name, unitId: unit.id },
        });
        teamIds.set(t.key, team.id);
        audit('roster.team', 'ClinicalTeam', team.id, t);
        result.clinicalTeams++;
      }
      for (const s of u.staff) {
        const unknown = s.teams.filter((t) => !teamIds.has(t));
        if (unknown.length) throw new RosterFileError(`${s.handle}: no clinical team "${unknown.join('", "')}" in unit ${u.key}.`);
        const staffData = { displayName: s.name, role: s.role, champion: s.champion, fte: s.fte, unitId: unit.id, active: true };
        const staff = await tx.staff.upsert({ where: { handle: s.handle }, create: { handle: s.handle, ...staffData }, update: staffData });
        await tx.staffTeam.deleteMany({ where: { staffId: staff.id } });
        await tx.staffTeam.createMany({ data: s.teams.map((t) => ({ staffId: staff.id, clinicalTeamId: teamIds.get(t)! })) });
        audit('roster.staff', 'Staff', staff.id, { handle: s.handle, role: s.role, teams: s.teams });
        result.staff++;
        const accounts = [
          ['slack', s.slack],
          ['teams', s.teamsAccount],
        ] as const;
        for (const [platform, account] of accounts) {
          if (!account) continue;
          const [workspace, externalId] = account.split('/') as [string, string];
          const identity = await tx.staffIdentity.upsert({
            where: { staffId_platform_workspace: { staffId: staff.id, platform, workspace } },
            create: { staffId: staff.id, platform, workspace, externalId },
            update: { externalId },
          });
          audit('staff.link', 'StaffIdentity', identity.id, { staffId: staff.id, platform, externalId });
          result.links++;
        }
      }
    }
    await tx.auditEvent.createMany({ data: audits });
  }, bulkTransaction);
  return result;
}
