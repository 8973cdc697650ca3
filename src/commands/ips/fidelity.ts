// /ips fidelity [quarter] [unit]: the fidelity review drafted from the records;
// /ips fidelity score: the supervisor confirms or changes one item (typed, or
// in a form: item, score, note); /ips fidelity confirm: every draft not yet
// scored, at once; /ips fidelity export: the review as CSV and a printable page.
// 25 items do not fit one form on every platform (a Teams card or a terminal
// run of 50 prompts is too long to finish in a meeting), so the form is per
// item and "confirm" takes the bot's drafts as they stand.
import { z } from 'zod';
import { auditRead } from '../../access/read-audit.js';
import { DomainError } from '../../core/domain-error.js';
import { message, messageReply } from '../../core/reply.js';
import { unitForCaller } from '../../digests/unit-for-caller.js';
import type { DigestUnit } from '../../digests/digest-unit.js';
import { fidelityScale, scaleItem } from '../../fidelity/fidelity-scale.js';
import { fidelityReviewExport } from '../../fidelity/review-export.js';
import { reviewMessage, bandLine } from '../../fidelity/review-message.js';
import { readQuarter, reviewPeriod } from '../../fidelity/review-period.js';
import { draftReview, loadReview, previousReview, storeScore, totalOf } from '../../fidelity/review-store.js';
import { splitWords, unquote } from '../../grammar/words.js';
import type { ActionSpec, CommandContext } from '../command.js';
import { notes } from '../input-fields.js';

const examples = {
  show: '/ips fidelity',
  score: '/ips fidelity score 17 4 two specialists below 6 a week',
  confirm: '/ips fidelity confirm',
  export: '/ips fidelity export',
} as const;

const quarterLike = /^(\d{4}[-\s]?[qQ][1-4]|[qQ][1-4](-?\d{4})?)$/;

async function reviewContext(ctx: CommandContext, quarterText: string | undefined, unitKey: string | undefined, example: string) {
  const unit = await unitForCaller(ctx.tx, ctx.caller, unitKey, example);
  const quarter = readQuarter(quarterText, ctx.today, example);
  const period = reviewPeriod(quarter, ctx.today);
  return { unit, quarter, period };
}

async function view(ctx: CommandContext, unit: DigestUnit, period: ReturnType<typeof reviewPeriod>) {
  return {
    unitName: unit.name,
    timeZone: unit.timeZone,
    today: ctx.today,
    draft: await draftReview(ctx.tx, unit, period),
    stored: await loadReview(ctx.tx, unit.id, period.quarter),
    previous: await previousReview(ctx.tx, unit.id, period.quarter),
  };
}

/** "[quarter] [unit]" in either order. */
function parseQuarterAndUnit(text: string): { quarter?: string; unit?: string } {
  const out: { quarter?: string; unit?: string } = {};
  const words = splitWords(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const joined = `${w} ${words[i + 1] ?? ''}`.trim();
    if (quarterLike.test(joined) && words[i + 1]) {
      out.quarter = joined;
      i++;
    } else if (quarterLike.test(w)) out.quarter = w;
    else if (!out.unit) out.unit = w.toLowerCase();
    else throw new DomainError('FIDELITY.BAD_INPUT', `I didn't understand "${w}": give a quarter (2026-Q4) and a unit key.`, examples.show);
  }
  return out;
}

const quarterAndUnit = () => z.object({ quarter: z.string().optional(), unit: z.string().optional() });

export const fidelity: ActionSpec<{ quarter?: string | undefined; unit?: string | undefined }> = {
  words: 'fidelity',
  usage: '/ips fidelity [quarter] [unit]',
  summary: 'the fidelity review: all 25 items, drafted from the records, with your scores and the change since the last review',
  examples: [examples.show, '/ips fidelity 2026-Q3'],
  roles: ['supervisor'],
  input: quarterAndUnit,
  parse: parseQuarterAndUnit,
  async run(ctx, input) {
    const { unit, period } = await reviewContext(ctx, input.quarter, input.unit, examples.show);
    const shown = reviewMessage(await view(ctx, unit, period));
    await auditRead(ctx, 'fidelity.read', 'VocationalUnit', unit.id, shown, { quarter: period.quarter });
    return { kind: 'message', message: shown };
  },
};

const itemOptions = fidelityScale.map((i) => ({ value: String(i.item), label: `${i.item}. ${i.name}`.slice(0, 75) }));
const scoreOptions = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

function scoreInput() {
  return z.object({
    quarter: z.string().optional(),
    item: z.coerce
      .number({ invalid_type_error: 'Which item? A number from 1 to 25.', required_error: 'Which item? A number from 1 to 25.' })
      .int('Which item? A number from 1 to 25.')
      .min(1, 'Which item? A number from 1 to 25.')
      .max(25, 'Which item? A number from 1 to 25.'),
    score: z.coerce
      .number({ invalid_type_error: 'The score is a number from 1 to 5.', required_error: 'The score is a number from 1 to 5.' })
      .int('The score is a whole number from 1 to 5.')
      .min(1, 'The score is a number from 1 to 5.')
      .max(5, 'The score is a number from 1 to 5.'),
    note: notes(500).optional(),
  });
}

/** "[quarter] <item> <score> [note…]" */
function parseScore(text: string) {
  const words = splitWords(text);
  const quarter = words[0] && quarterLike.test(words[0]) ? words.shift() : undefined;
  const [item, score, ...rest] = words;
  const note = rest.map(unquote).join(' ').trim();
  return { ...(quarter ? { quarter } : {}), ...(item ? { item } : {}), ...(score ? { score } : {}), ...(note ? { note } : {}) };
}

export const fidelityScore: ActionSpec<z.output<ReturnType<typeof scoreInput>>> = {
  words: 'fidelity score',
  usage: '/ips fidelity score [quarter] <item> <1-5> [note]',
  summary: "confirm or change one item's score in the fidelity review, with a note",
  examples: [examples.score],
  roles: ['supervisor'],
  input: scoreInput,
  parse: parseScore,
  form: {
    title: 'Score a fidelity item',
    submitLabel: 'Save score',
    fields: [
      { name: 'item', label: 'Item', kind: 'choice', options: itemOptions },
      { name: 'score', label: 'Score', kind: 'choice', options: scoreOptions, hint: 'The scale: /ips fidelity' },
      { name: 'note', label: 'Note (evidence, reasons)', kind: 'multiline' },
    ],
  },
  async run(ctx, input) {
    const { unit, quarter, period } = await reviewContext(ctx, input.quarter, undefined, examples.score);
    const { drafts } = await draftReview(ctx.tx, unit, period);
    const draft = drafts.get(input.item);
    const id = await storeScore(ctx.tx, unit.id, quarter, draft, {
      item: input.item,
      score: input.score,
      note: input.note,
      scoredById: ctx.caller.id,
      scoredAt: ctx.now,
    });
    await ctx.audit('fidelity.score', 'FidelityItemScore', id, { quarter, item: input.item, score: input.score });
    const stored = (await loadReview(ctx.tx, unit.id, quarter))!;
    const total = totalOf(stored.scores);
    const item = scaleItem(input.item)!;
    return messageReply([
      {
        kind: 'paragraph',
        text: `${quarter}, item ${item.item} (${item.name}): ${input.score}${draft?.kind === 'draft' ? ` (the bot's draft was ${draft.draft.score})` : ''}. ${item.points[input.score - 1]}.`,
      },
      {
        kind: 'note',
        text: `${total.scored} of 25 items scored: ${total.scored === 25 ? bandLine(total.total) : `${total.total} so far`}. The whole review: /ips fidelity ${quarter}`,
      },
    ]);
  },
};

export const fidelityConfirm: ActionSpec<{ quarter?: string | undefined }> = {
  words: 'fidelity confirm',
  usage: '/ips fidelity confirm [quarter]',
  summary: "accept the bot's draft score for every drafted item not scored yet",
  examples: [examples.confirm],
  roles: ['supervisor'],
  input: () => z.object({ quarter: z.string().optional() }),
  parse: (text) => (text.trim() ? { quarter: text.trim() } : {}),
  async run(ctx, input) {
    const { unit, quarter, period } = await reviewContext(ctx, input.quarter, undefined, examples.confirm);
    const { drafts } = await draftReview(ctx.tx, unit, period);
    const already = (await loadReview(ctx.tx, unit.id, quarter))?.scores ?? new Map();
    const confirmed: number[] = [];
    for (const [item, draft] of drafts) {
      if (draft.kind !== 'draft' || already.has(item)) continue;
      const id = await storeScore(ctx.tx, unit.id, quarter, draft, {
        item,
        score: draft.draft.score,
        note: 'Draft confirmed',
        scoredById: ctx.caller.id,
        scoredAt: ctx.now,
      });
      await ctx.audit('fidelity.score', 'FidelityItemScore', id, { quarter, item, score: draft.draft.score, confirmedDraft: true });
      confirmed.push(item);
    }
    const total = totalOf((await loadReview(ctx.tx, unit.id, quarter))?.scores ?? new Map());
    const left = fidelityScale.filter((i) => !already.has(i.item) && !confirmed.includes(i.item)).map((i) => i.item);
    return messageReply([
      {
        kind: 'paragraph',
        text: confirmed.length
          ? `${quarter}: confirmed the draft scores of items ${confirmed.join(', ')}.`
          : `${quarter}: no drafts left to confirm.`,
      },
      {
        kind: 'facts',
        facts: [
          { label: 'Scored', value: `${total.scored} of 25 (${total.scored === 25 ? bandLine(total.total) : `${total.total} so far`})` },
          { label: 'Still to score', value: left.length ? left.join(', ') : 'none' },
        ],
      },
      ...(left.length ? [{ kind: 'note' as const, text: `Score the rest: /ips fidelity score <item> <1-5> [note]` }] : []),
    ]);
  },
};

export const fidelityExport: ActionSpec<{ quarter?: string | undefined }> = {
  words: 'fidelity export',
  usage: '/ips fidelity export [quarter]',
  summary: 'the fidelity review as a CSV file and a printable page with the action plan, and the meeting record',
  examples: [examples.export],
  roles: ['supervisor'],
  input: () => z.object({ quarter: z.string().optional() }),
  parse: (text) => (text.trim() ? { quarter: text.trim() } : {}),
  async run(ctx, input) {
    const { unit, period } = await reviewContext(ctx, input.quarter, undefined, examples.export);
    const made = await fidelityReviewExport(ctx.tx, unit.id, period);
    const files = [];
    for (const file of made) files.push(await ctx.files.save(file));
    await ctx.audit('export.create', 'VocationalUnit', unit.id, { quarter: period.quarter, files: files.map((f) => f.name) });
    return {
      kind: 'message',
      message: message(
        [
          { kind: 'heading', text: `Fidelity review ${period.quarter} export` },
          { kind: 'list', items: files.map((f) => `${f.title}: ${f.name}`) },
          { kind: 'note', text: "Pseudonymous references only. Keep the files on the service's secure drive." },
        ],
        files,
      ),
    };
  },
};
