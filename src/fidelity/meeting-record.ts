// The team meeting's own record: ideas and learning captured, the service
// lead's targets with progress computed from the records, and the fidelity
// action plan. The agenda shows them; the meeting record export writes them.
import type { Tx } from '../db/tx.js';
import type { Prisma } from '../generated/prisma/client.js';
import { fromDbDate, toDbDate, type LocalDate } from '../core/local-date.js';
import { csvFile } from '../export/csv-file.js';
import type { NewFile } from '../files/file-store.js';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';

export const targetMeasures = ['job-starts', 'referrals', 'discharges', 'employer-contacts'] as const;
export type TargetMeasure = (typeof targetMeasures)[number];
export const targetPeriods = ['week', 'month', 'quarter'] as const;
export type TargetPeriod = (typeof targetPeriods)[number];

const measureLabels: Record<TargetMeasure, string> = {
  'job-starts': 'Job starts',
  referrals: 'Referrals',
  discharges: 'Discharges',
  'employer-contacts': 'Face-to-face employer contacts',
};

export interface OpenAction {
  id: number;
  item: number;
  what: string;
  owner: string;
  ownerId: number;
  dueOn: LocalDate;
}

/** Open actions matching `where`, soonest due first. */
async function actionsWhere(tx: Tx, where: Prisma.FidelityActionWhereInput): Promise<OpenAction[]> {
  const rows = await tx.fidelityAction.findMany({
    where: { ...where, doneOn: null },
    include: { owner: { select: { displayName: true } } },
    orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
  });
  return rows.map((a) => ({
    id: a.id,
    item: a.item,
    what: a.what,
    owner: a.owner.displayName,
    ownerId: a.ownerId,
    dueOn: fromDbDate(a.dueOn),
  }));
}

export function openActions(tx: Tx, unitId: number): Promise<OpenAction[]> {
  return actionsWhere(tx, { unitId });
}

/** Open actions an owner is to be reminded of: due today or earlier. */
export function dueActionsOf(tx: Tx, ownerId: number, today: LocalDate): Promise<OpenAction[]> {
  return actionsWhere(tx, { ownerId, dueOn: { lte: toDbDate(today) } });
}

export async function meetingNotes(tx: Tx, unitId: number, from: LocalDate, to: LocalDate) {
  const rows = await tx.meetingNote.findMany({
    where: { unitId, on: { gte: toDbDate(from), lte: toDbDate(to) } },
    orderBy: [{ on: 'asc' }, { id: 'asc' }],
  });
  return rows.map((n) => ({ kind: n.kind, text: n.text, on: fromDbDate(n.on) }));
}

/** The first day of the target's running week, month or quarter. */
export function periodStart(per: TargetPeriod, day: LocalDate): LocalDate {
  const d = parseISO(day);
  const start = per === 'week' ? startOfISOWeek(d) : per === 'month' ? startOfMonth(d) : startOfQuarter(d);
  return format(start, 'yyyy-MM-dd');
}

export interface TargetProgress {
  measure: TargetMeasure;
  amount: number;
  per: TargetPeriod;
  done: number;
  since: LocalDate;
}

export function targetLine(t: TargetProgress): string {
  return `${measureLabels[t.measure]}: ${t.done} of ${t.amount} this ${t.per} (since ${t.since})${t.done >= t.amount ? ', reached' : ''}`;
}

export async function targetProgress(
  tx: Tx,
  unit: { id: number; clinicalTeamIds: readonly number[]; specialistIds: readonly number[] },
  day: LocalDate,
): Promise<TargetProgress[]> {
  const targets = await tx.unitTarget.findMany({ where: { unitId: unit.id }, orderBy: { measure: 'asc' } });
  const out: TargetProgress[] = [];
  for (const t of targets) {
    const measure = t.measure as TargetMeasure;
    const per = t.per as TargetPeriod;
    const since = periodStart(per, day);
    const range = { gte: toDbDate(since), lte: toDbDate(day) };
    const ids = [...unit.specialistIds];
    const done =
      measure === 'job-starts'
        ? await tx.job.count({ where: { specialistId: { in: ids }, startOn: range } })
        : measure === 'referrals'
          ? await tx.referral.count({ where: { clinicalTeamId: { in: [...unit.clinicalTeamIds] }, referredOn: range } })
          : measure === 'discharges'
            ? await tx.client.count({ where: { specialistId: { in: ids }, closedOn: range } })
            : await tx.employerContact.count({
                where: { specialistId: { in: ids }, contactedOn: range, type: { in: ['face_to_face', 'visit'] } },
              });
    out.push({ measure, amount: t.amount, per, done, since });
  }
  return out;
}

/** Ideas, learning, targets and actions as one CSV: the meeting record a reviewer can read. */
export async function meetingRecordFile(tx: Tx, unit: { id: number; key: string }, from: LocalDate, to: LocalDate): Promise<NewFile> {
  const notes = await meetingNotes(tx, unit.id, from, to);
  const actions = await tx.fidelityAction.findMany({
    where: { unitId: unit.id },
    include: { owner: { select: { displayName: true } } },
    orderBy: { id: 'asc' },
  });
  const targets = await tx.unitTarget.findMany({ where: { unitId: unit.id }, orderBy: { measure: 'asc' } });
  const rows = [
    ...notes.map((n) => [n.on, n.kind === 'idea' ? 'Idea' : 'Learning', n.text, '', '', '']),
    ...targets.map((t) => [fromDbDate(t.setOn), 'Target', `${t.measure} ${t.amount} per ${t.per}`, '', '', '']),
    ...actions.map((a) => [
      fromDbDate(a.createdAt),
      `Action ${a.id} (item ${a.item})`,
      a.what,
      a.owner.displayName,
      fromDbDate(a.dueOn),
      a.doneOn ? `done ${fromDbDate(a.doneOn)}: ${a.outcome ?? ''}` : 'open',
    ]),
  ];
  return csvFile(
    `meeting-record-${unit.key}-${from}-to-${to}.csv`,
    'Team meeting record',
    ['Date', 'Kind', 'What', 'Owner', 'By', 'Status'],
    rows,
  );
}
