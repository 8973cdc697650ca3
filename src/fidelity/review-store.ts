// A unit's fidelity reviews as stored: one per quarter, each item's confirmed
// score with the draft, rule and numbers it was given against, who and when.
import type { Tx } from '../db/tx.js';
import { bandOfTotal, fidelityScale } from './fidelity-scale.js';
import { draftScores, type DraftResult } from './draft-rules.js';
import { gatherReviewFacts } from './gather-facts.js';
import type { DigestUnit } from '../digests/digest-unit.js';
import type { ReviewPeriod } from './review-period.js';

export interface StoredScore {
  item: number;
  score: number;
  draftScore: number | null;
  rule: string | null;
  evidence: string | null;
  note: string | null;
  scoredBy: string;
  scoredAt: Date;
}

export interface StoredReview {
  quarter: string;
  scores: Map<number, StoredScore>;
}

export interface ReviewTotal {
  total: number;
  scored: number;
  band: ReturnType<typeof bandOfTotal>;
}

export function totalOf(scores: ReadonlyMap<number, { score: number }>): ReviewTotal {
  const total = [...scores.values()].reduce((a, s) => a + s.score, 0);
  return { total, scored: scores.size, band: bandOfTotal(total) };
}

async function staffNames(tx: Tx, ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await tx.staff.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, displayName: true } });
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

async function readReview(tx: Tx, where: { unitId: number; quarter: string }): Promise<StoredReview | undefined> {
  const review = await tx.fidelityReview.findUnique({ where: { unitId_quarter: where }, include: { scores: true } });
  if (!review) return undefined;
  const names = await staffNames(
    tx,
    review.scores.map((s) => s.scoredById),
  );
  return {
    quarter: review.quarter,
    scores: new Map(
      review.scores.map((s) => [
        s.item,
        {
          item: s.item,
          score: s.score,
          draftScore: s.draftScore,
          rule: s.rule,
          evidence: s.evidence,
          note: s.note,
          scoredBy: names.get(s.scoredById) ?? 'a former member of staff',
          scoredAt: s.scoredAt,
        },
      ]),
    ),
  };
}

export async function loadReview(tx: Tx, unitId: number, quarter: string): Promise<StoredReview | undefined> {
  return readReview(tx, { unitId, quarter });
}

/** The latest earlier review of the unit with any scores: what "change since the last review" compares with. */
export async function previousReview(tx: Tx, unitId: number, quarter: string): Promise<StoredReview | undefined> {
  const earlier = await tx.fidelityReview.findFirst({
    where: { unitId, quarter: { lt: quarter }, scores: { some: {} } },
    orderBy: { quarter: 'desc' },
    select: { quarter: true },
  });
  return earlier ? readReview(tx, { unitId, quarter: earlier.quarter }) : undefined;
}

export interface ReviewDraft {
  period: ReviewPeriod;
  drafts: Map<number, DraftResult>;
}

export async function draftReview(tx: Tx, unit: DigestUnit, period: ReviewPeriod): Promise<ReviewDraft> {
  return { period, drafts: draftScores(await gatherReviewFacts(tx, unit, period)) };
}

export interface ScoreInput {
  item: number;
  score: number;
  note: string | undefined;
  scoredById: number;
  scoredAt: Date;
}

/** Stores (or changes) one item's score, with the draft it was given against; returns the row's id. */
export async function storeScore(
  tx: Tx,
  unitId: number,
  quarter: string,
  draft: DraftResult | undefined,
  input: ScoreInput,
): Promise<number> {
  const review = await tx.fidelityReview.upsert({
    where: { unitId_quarter: { unitId, quarter } },
    create: { unitId, quarter },
    update: {},
  });
  const data = {
    score: input.score,
    draftScore: draft?.kind === 'draft' ? draft.draft.score : null,
    rule: draft?.kind === 'draft' ? draft.draft.rule : null,
    evidence: draft?.kind === 'draft' ? draft.draft.numbers : (draft?.evidence ?? null),
    note: input.note ?? null,
    scoredById: input.scoredById,
    scoredAt: input.scoredAt,
  };
  const row = await tx.fidelityItemScore.upsert({
    where: { reviewId_item: { reviewId: review.id, item: input.item } },
    create: { reviewId: review.id, item: input.item, ...data },
    update: data,
  });
  return row.id;
}

export const itemCount = fidelityScale.length;
