// The fidelity review as files: a CSV a spreadsheet opens (item, score, draft
// score, rule, evidence, note, who, when) and a printable HTML page with the
// score summary, each item's scale text, and the open action plan.
import type { NewFile } from '../files/file-store.js';
import type { Tx } from '../db/tx.js';
import { fromDbDate } from '../core/local-date.js';
import { loadDigestUnit } from '../digests/digest-unit.js';
import { meetingRecordFile } from './meeting-record.js';
import { draftReview, loadReview, previousReview } from './review-store.js';
import type { ReviewPeriod } from './review-period.js';
import { csvFile, type Cell } from '../export/csv-file.js';
import { localDateOf, type LocalDate } from '../core/local-date.js';
import { fidelityScale, maximumTotal } from './fidelity-scale.js';
import { itemCount, totalOf, type ReviewDraft, type StoredReview } from './review-store.js';

export const reviewCsvHeader = [
  'Item',
  'Name',
  'Score',
  'Draft score',
  'Rule',
  'Evidence',
  'Note',
  'Scored by',
  'Scored at',
  'Last review score',
] as const;

export interface PlannedAction {
  id: number;
  item: number;
  what: string;
  owner: string;
  dueOn: LocalDate;
  doneOn: LocalDate | null;
  outcome: string | null;
}

export interface ReviewExportInput {
  unitKey: string;
  unitName: string;
  timeZone: string;
  draft: ReviewDraft;
  stored: StoredReview | undefined;
  previous: StoredReview | undefined;
  actions: readonly PlannedAction[];
}

function rows(input: ReviewExportInput): Cell[][] {
  return fidelityScale.map((item) => {
    const s = input.stored?.scores.get(item.item);
    const d = input.draft.drafts.get(item.item);
    const drafted = d?.kind === 'draft' ? d.draft : undefined;
    return [
      item.item,
      item.name,
      s?.score,
      s ? s.draftScore : drafted?.score,
      s ? s.rule : drafted?.rule,
      s ? s.evidence : (drafted?.numbers ?? (d?.kind === 'evidence' ? d.evidence : undefined)),
      s?.note,
      s?.scoredBy,
      s ? s.scoredAt.toISOString() : undefined,
      input.previous?.scores.get(item.item)?.score,
    ];
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function html(input: ReviewExportInput): string {
  const { period } = input.draft;
  const scores = input.stored?.scores ?? new Map();
  const mine = totalOf(scores);
  const before = input.previous ? totalOf(input.previous.scores) : undefined;
  const e = escapeHtml;
  const items = fidelityScale
    .map((item) => {
      const s = input.stored?.scores.get(item.item);
      const d = input.draft.drafts.get(item.item);
      const basis =
        s?.rule || s?.evidence
          ? `Draft ${s.draftScore ?? '–'}: ${s.evidence ?? ''}. Rule: ${s.rule ?? ''}`
          : d?.kind === 'draft'
            ? `Draft ${d.draft.score}: ${d.draft.numbers}. Rule: ${d.draft.rule}`
            : `To answer: ${item.question} (${item.sources.join(', ')})${d ? ` Records: ${d.evidence}` : ''}`;
      return `<section><h3>${item.item}. ${e(item.name)}</h3>
<p><strong>Score: ${s ? s.score : 'not scored'}</strong>${input.previous?.scores.get(item.item) ? ` (last review ${input.previous.scores.get(item.item)!.score})` : ''}${s ? ` by ${e(s.scoredBy)}, ${localDateOf(s.scoredAt, input.timeZone)}` : ''}</p>
${s?.note ? `<p>Note: ${e(s.note)}</p>` : ''}<p>${e(basis)}</p>
<ol>${item.points.map((p) => `<li>${e(p)}</li>`).join('')}</ol></section>`;
    })
    .join('\n');
  const actions = input.actions.length
    ? `<table><tr><th>#</th><th>Item</th><th>Action</th><th>Owner</th><th>By</th><th>Done</th><th>Outcome</th></tr>${input.actions
        .map(
          (a) =>
            `<tr><td>${a.id}</td><td>${a.item}</td><td>${e(a.what)}</td><td>${e(a.owner)}</td><td>${a.dueOn}</td><td>${a.doneOn ?? ''}</td><td>${e(a.outcome ?? '')}</td></tr>`,
        )
        .join('')}</table>`
    : '<p>No actions planned.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fidelity review ${period.quarter}: ${e(input.unitName)}</title>
<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}section{break-inside:avoid;border-top:1px solid #ccc}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}</style></head>
<body><h1>IPS fidelity review ${period.quarter}: ${e(input.unitName)}</h1>
<p>Period ${period.from} to ${period.to}. ${mine.scored} of ${itemCount} items scored; total ${mine.total} of ${maximumTotal}${mine.scored === itemCount ? `: ${mine.band}` : ''}.${before ? ` Last review (${input.previous!.quarter}): ${before.total}, ${before.band}.` : ''}</p>
<p>Bands: 115-125 exemplary, 100-114 good, 74-99 fair, 73 or less not IPS. Pseudonymous references only.</p>
<h2>Items</h2>
${items}
<h2>Action plan</h2>
${actions}
</body></html>
`;
}

export function reviewFiles(input: ReviewExportInput): NewFile[] {
  const base = `fidelity-review-${input.unitKey}-${input.draft.period.quarter}`;
  return [
    csvFile(`${base}.csv`, 'Fidelity review scores', reviewCsvHeader, rows(input)),
    { name: `${base}.html`, title: 'Fidelity review (printable)', mimeType: 'text/html', bytes: Buffer.from(html(input), 'utf8') },
  ];
}

async function plannedActions(tx: Tx, unitId: number): Promise<PlannedAction[]> {
  const rows = await tx.fidelityAction.findMany({ where: { unitId }, include: { owner: true }, orderBy: { id: 'asc' } });
  return rows.map((a) => ({
    id: a.id,
    item: a.item,
    what: a.what,
    owner: a.owner.displayName,
    dueOn: fromDbDate(a.dueOn),
    doneOn: a.doneOn ? fromDbDate(a.doneOn) : null,
    outcome: a.outcome,
  }));
}

/** The review of one unit and quarter as files: scores CSV, printable page, and the meeting record of the quarter. */
export async function fidelityReviewExport(tx: Tx, unitId: number, period: ReviewPeriod): Promise<NewFile[]> {
  const unit = await loadDigestUnit(tx, unitId);
  const input: ReviewExportInput = {
    unitKey: unit.key,
    unitName: unit.name,
    timeZone: unit.timeZone,
    draft: await draftReview(tx, unit, period),
    stored: await loadReview(tx, unit.id, period.quarter),
    previous: await previousReview(tx, unit.id, period.quarter),
    actions: await plannedActions(tx, unit.id),
  };
  return [...reviewFiles(input), await meetingRecordFile(tx, unit, period.from, period.to)];
}
