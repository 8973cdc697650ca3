// The fidelity-review export: the seed's employer contact log and employer
// database, the job starts, and one row per person with the dates a quarterly
// outcomes return needs. Pseudonymous references only; dates as ISO.
import type { Tx } from '../db/tx.js';
import { fromDbDate, toDbDate, type LocalDate } from '../core/local-date.js';
import { contactTypeLabels } from '../services/contacts.js';
import { loadCaseload, type SnapshotPerson } from '../services/caseload-snapshot.js';
import { isCompetitive, jobKindLabels } from '../services/job-kinds.js';
import { jobTypes } from '../services/job-types.js';
import { fourHoursDone, hoursMissing, inJobRetention, outcomeFigures, outcomeTable, supportedStarts } from '../services/outcomes.js';
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
  'Benefits liaison',
] as const;
export const jobStartsHeader = [
  'Client',
  'Start date',
  'Job type',
  'Job type SOC 2020 minor groups',
  'Role',
  'Employer',
  'Kind',
  'Minimum wage or more',
  'Competitive',
  'Hours per week',
  'Start',
  'First 4 hours worked',
  'Supported into work',
] as const;
export const outcomeFiguresHeader = ['Figure', 'Value', 'Definition'] as const;
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

/** Every employer with what was recorded about it; the outcome is the one recorded, else the latest contact's details. */
async function employerDatabase(tx: Tx, organisationId: number): Promise<Cell[][]> {
  const rows = await tx.employer.findMany({
    where: { organisationId },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    include: {
      contacts: {
        where: { details: { not: null } },
        orderBy: [{ contactedOn: 'desc' }, { id: 'desc' }],
        take: 1,
        select: { details: true },
      },
    },
  });
  return rows.map((e) => [
    e.name,
    e.address,
    e.phone,
    e.contactPerson,
    e.businessType,
    e.jobTypes,
    e.likelyHours,
    date(e.lastContactOn),
    e.outcome ?? e.contacts[0]?.details,
    yesNo(e.benefitsLiaison),
  ]);
}

const socOf = new Map(jobTypes.map((t) => [t.key, t.soc]));

/** Job starts in the range; a job held at entry (retention) is not a start and is in the per-person file instead. */
function jobStarts(people: readonly SnapshotPerson[], range: ExportRange): Cell[][] {
  const rows: { startOn: string; cells: Cell[] }[] = [];
  for (const p of people) {
    const supported = supportedStarts(p);
    for (const j of supported) {
      if (j.startOn < range.from || j.startOn > range.to) continue;
      const first = supported[0] === j;
      rows.push({
        startOn: j.startOn,
        cells: [
          p.ref,
          j.startOn,
          j.jobType,
          socOf.get(j.jobType),
          j.role,
          j.employer,
          jobKindLabels[j.kind],
          j.minimumWage === null ? 'not said' : yesNo(j.minimumWage),
          yesNo(isCompetitive(j)),
          hoursMissing(j) ? 'hours missing' : j.hoursPerWeek,
          first ? 'first' : 'later',
          j.firstHoursOn,
          yesNo(first && fourHoursDone(j, range.to)),
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

/** The five files for one vocational unit and period. */
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
    csvFile(
      `outcome-figures-${unit.key}-${period}.csv`,
      'Outcome figures (IPS Grow definitions)',
      outcomeFiguresHeader,
      outcomeTable(outcomeFigures(people, range.from, range.to)).map((o) => [o.figure, o.value, o.definition]),
    ),
  ];
}
