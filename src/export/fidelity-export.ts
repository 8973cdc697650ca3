// The fidelity-review export: the seed's employer contact log and employer
// database, the job starts, and one row per person with the dates a quarterly
// outcomes return needs. Pseudonymous references only; dates as ISO.
import type { Tx } from '../db/tx.js';
import { fromDbDate, toDbDate, type LocalDate } from '../core/local-date.js';
import { contactTypeLabels } from '../services/contacts.js';
import { loadCaseload, type SnapshotPerson } from '../services/caseload-snapshot.js';
import { inJobRetention, isSupportedIntoWork, supportedStarts } from '../services/outcomes.js';
import { csvFile, type Cell, type CsvFile } from './csv-file.js';

export interface ExportRange {
  from: LocalDate;
  to: LocalDate;
}

export const contactLogHeader = [
  'Client',
  'Employer',
  'Date',
  'Contact type',
  'Cup of Tea number',
  'Next contact planned',
  'Details',
  'Employment specialist',
] as const;
export const employerDatabaseHeader = [
  'Name of employer',
  'Employer address',
  'Tel no.',
  'Name of contact',
  'Type of business',
  'Type of jobs',
  'Likely hours of work',
  'Contact date',
  'Outcome of contact',
] as const;
export const jobStartsHeader = [
  'Client',
  'Start date',
  'Job type',
  'Role',
  'Employer',
  'Competitive',
  'Permanent',
  'Hours per week',
  'Start',
  'Supported into work (4+ hours)',
] as const;
export const outcomesHeader = [
  'Client',
  'Clinical team',
  'Referral date',
  'Vocational profile date',
  'Programme entry date',
  'First face-to-face employer contact date',
  'In work at entry (job retention)',
  'Job start dates',
  'Job hours per week',
  'Job end dates',
  'Exit date',
] as const;

const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const date = (d: Date | null) => (d ? fromDbDate(d) : '');

async function contactLog(tx: Tx, unitId: number, range: ExportRange): Promise<Cell[][]> {
  const rows = await tx.employerContact.findMany({
    where: { specialist: { unitId }, contactedOn: { gte: toDbDate(range.from), lte: toDbDate(range.to) } },
    orderBy: [{ contactedOn: 'asc' }, { id: 'asc' }],
    include: { employer: { select: { name: true } }, client: { select: { ref: true } }, specialist: { select: { handle: true } } },
  });
  return rows.map((r) => [
    r.client?.ref,
    r.employer.name,
    date(r.contactedOn),
    contactTypeLabels[r.type],
    r.cupOfTea,
    date(r.nextContactOn),
    r.details,
    r.specialist.handle,
  ]);
}

async function employerDatabase(tx: Tx, organisationId: number): Promise<Cell[][]> {
  const rows = await tx.employer.findMany({ where: { organisationId }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  return rows.map((e) => [
    e.name,
    e.address,
    e.phone,
    e.contactPerson,
    e.businessType,
    e.jobTypes,
    e.likelyHours,
    date(e.lastContactOn),
    e.outcome,
  ]);
}

function jobStarts(people: readonly SnapshotPerson[], range: ExportRange): Cell[][] {
  const rows: { startOn: string; cells: Cell[] }[] = [];
  for (const p of people) {
    const supported = supportedStarts(p);
    for (const j of p.jobs) {
      if (j.startOn < range.from || j.startOn > range.to) continue;
      const kind = supported[0]?.id === j.id ? 'first' : supported.includes(j) ? 'later' : 'in work at entry';
      rows.push({
        startOn: j.startOn,
        cells: [
          p.ref,
          j.startOn,
          j.jobType,
          j.role,
          j.employer,
          yesNo(j.competitive),
          yesNo(j.permanent),
          j.hoursPerWeek,
          kind,
          yesNo(isSupportedIntoWork(j)),
        ],
      });
    }
  }
  return rows.sort((a, b) => a.startOn.localeCompare(b.startOn)).map((r) => r.cells);
}

function outcomes(people: readonly SnapshotPerson[], teamNames: Map<number, string>, range: ExportRange): Cell[][] {
  return people
    .filter((p) => p.referredOn && p.referredOn <= range.to && (!p.closedOn || p.closedOn >= range.from))
    .map((p) => {
      const entry = p.programmeEntryOn;
      const firstContact = entry ? p.contacts.find((c) => c.inPerson && c.on >= entry)?.on : undefined;
      return [
        p.ref,
        teamNames.get(p.clinicalTeamId),
        p.referredOn,
        p.profileStartedOn,
        entry,
        firstContact,
        yesNo(inJobRetention(p)),
        p.jobs.map((j) => j.startOn).join('; '),
        p.jobs.map((j) => j.hoursPerWeek ?? '').join('; '),
        p.jobs.map((j) => j.endOn ?? '').join('; '),
        p.closedOn,
      ];
    });
}

/** The four files for one vocational unit and period. */
export async function fidelityExport(tx: Tx, unitId: number, range: ExportRange): Promise<CsvFile[]> {
  const unit = await tx.vocationalUnit.findUniqueOrThrow({ where: { id: unitId }, include: { clinicalTeams: true } });
  const people = await loadCaseload(tx, { clinicalTeam: { unitId } }, unit.timeZone);
  const teamNames = new Map(unit.clinicalTeams.map((t) => [t.id, t.name]));
  const period = `${range.from}-to-${range.to}`;
  return [
    csvFile(
      `employer-contact-log-${unit.key}-${period}.csv`,
      'Employer contact log',
      contactLogHeader,
      await contactLog(tx, unitId, range),
    ),
    csvFile(
      `employer-database-${unit.key}-${range.to}.csv`,
      'Employer database',
      employerDatabaseHeader,
      await employerDatabase(tx, unit.organisationId),
    ),
    csvFile(`job-starts-${unit.key}-${period}.csv`, 'Job starts', jobStartsHeader, jobStarts(people, range)),
    csvFile(`outcomes-${unit.key}-${period}.csv`, 'Per-person outcomes', outcomesHeader, outcomes(people, teamNames, range)),
  ];
}
