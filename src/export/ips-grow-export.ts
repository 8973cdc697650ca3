// The quarterly return for the IPS Grow Reporting Tool: one row per person
// referred to or on the caseload during the quarter, with the dates and flags
// the tool's guidance asks for (see the IPS Grow definitions in DOMAIN.md), so
// a service pastes it in instead of typing it again. Pseudonymous references;
// no close reasons (free text can carry clinical detail).
import type { Tx } from '../db/tx.js';
import type { NewFile } from '../files/file-store.js';
import { loadCaseload } from '../services/caseload-snapshot.js';
import { fourHoursDone, inJobRetention, supportedStarts } from '../services/outcomes.js';
import type { ReviewPeriod } from '../fidelity/review-period.js';
import { csvFile, type Cell } from './csv-file.js';

export const ipsGrowHeader = [
  'Client reference',
  'Clinical team',
  'Employment specialist',
  'Referral date',
  'Referral in quarter',
  'Date of first appointment (programme entry)',
  'In work at referral',
  'Date vocational profile started',
  'Active at quarter end',
  'First job start date',
  'First job hours per week',
  'Supported into work this quarter (first job 4+ hours worked)',
  'Job starts this quarter',
  'Job start dates this quarter',
  'Job hours per week this quarter',
  'Job end dates this quarter',
  'Discharge date',
] as const;

const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

export async function ipsGrowReturn(tx: Tx, unitId: number, period: ReviewPeriod): Promise<NewFile> {
  const unit = await tx.vocationalUnit.findUniqueOrThrow({
    where: { id: unitId },
    include: { clinicalTeams: true, staff: { select: { id: true, displayName: true } } },
  });
  const teams = new Map(unit.clinicalTeams.map((t) => [t.id, t.name]));
  const staff = new Map(unit.staff.map((s) => [s.id, s.displayName]));
  const people = await loadCaseload(tx, { clinicalTeam: { unitId } }, unit.timeZone);
  const { from, to } = period;
  const inQuarter = (d: string | null) => d !== null && d >= from && d <= to;
  const rows: Cell[][] = people
    .filter((p) => p.referredOn !== null && p.referredOn <= to && (p.closedOn === null || p.closedOn >= from))
    .map((p) => {
      const supported = supportedStarts(p);
      const first = supported[0];
      const starts = supported.filter((j) => inQuarter(j.startOn));
      const ends = p.jobs.filter((j) => inQuarter(j.endOn));
      const active = p.programmeEntryOn !== null && p.programmeEntryOn <= to && (p.closedOn === null || p.closedOn > to);
      return [
        p.ref,
        teams.get(p.clinicalTeamId),
        p.specialistId === null ? '' : staff.get(p.specialistId),
        p.referredOn,
        yesNo(inQuarter(p.referredOn)),
        p.programmeEntryOn,
        yesNo(inJobRetention(p)),
        p.profileStartedOn,
        yesNo(active),
        first?.startOn,
        first?.hoursPerWeek,
        yesNo(first !== undefined && inQuarter(first.startOn) && fourHoursDone(first, to)),
        starts.length,
        starts.map((j) => j.startOn).join('; '),
        starts.map((j) => j.hoursPerWeek ?? '').join('; '),
        ends.map((j) => j.endOn).join('; '),
        p.closedOn,
      ];
    });
  return csvFile(`ips-grow-return-${unit.key}-${period.quarter}.csv`, `IPS Grow quarterly return ${period.quarter}`, ipsGrowHeader, rows);
}
