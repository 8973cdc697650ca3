// The fidelity review as the supervisor reads it in chat: the total and band,
// the change since the last review, then all 25 items with the scale's
// descriptions, the bot's draft (rule and numbers) or the question and data
// sources to gather evidence from, and the confirmed score with who and when.
import type { Block, Message } from '../core/message.js';
import { describeDate, localDateOf, type LocalDate } from '../core/local-date.js';
import { message } from '../core/reply.js';
import { bandOfTotal, dataSources, fidelityScale, maximumTotal, type ScaleItem, type Section } from './fidelity-scale.js';
import type { DraftResult } from './draft-rules.js';
import { itemCount, totalOf, type ReviewDraft, type StoredReview, type StoredScore } from './review-store.js';

export interface ReviewView {
  unitName: string;
  timeZone: string;
  today: LocalDate;
  draft: ReviewDraft;
  stored: StoredReview | undefined;
  previous: StoredReview | undefined;
}

const sections: Section[] = ['Staffing', 'Organisation', 'Services'];

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function scoreLine(item: ScaleItem, view: ReviewView, stored: StoredScore | undefined, draft: DraftResult | undefined): string {
  const parts: string[] = [];
  if (stored) {
    parts.push(
      `Score ${stored.score}, by ${stored.scoredBy} on ${describeDate(localDateOf(stored.scoredAt, view.timeZone), view.today)}${stored.note ? `: "${stored.note}"` : ''}`,
    );
  } else parts.push('Not scored yet');
  if (draft?.kind === 'draft') parts.push(`bot's draft ${draft.draft.score}`);
  const before = view.previous?.scores.get(item.item);
  if (before) parts.push(`last review ${before.score}${stored ? ` (${signed(stored.score - before.score)})` : ''}`);
  return parts.join('; ');
}

function itemBlock(item: ScaleItem, view: ReviewView): Block {
  const stored = view.stored?.scores.get(item.item);
  const draft = view.draft.drafts.get(item.item);
  const lines = [scoreLine(item, view, stored, draft)];
  if (draft?.kind === 'draft') {
    lines.push(`Draft ${draft.draft.score}: ${draft.draft.numbers}. Rule: ${draft.draft.rule}.`);
  } else {
    lines.push(
      `To answer: ${item.question} Evidence from ${item.sources.join(', ')}.${draft ? ` The bot's records: ${draft.evidence}` : ''}`,
    );
  }
  lines.push(item.points.map((p, i) => `${i + 1}: ${p}`).join(' | '));
  return { kind: 'list', title: `${item.item}. ${item.name}`, items: lines };
}

export function reviewTotals(view: ReviewView): Block {
  const stored = view.stored?.scores ?? new Map<number, StoredScore>();
  const mine = totalOf(stored);
  const drafted = [...view.draft.drafts.values()].filter((d) => d.kind === 'draft').length;
  const facts = [
    {
      label: 'Total',
      value:
        mine.scored === itemCount
          ? `${mine.total} of ${maximumTotal}: ${mine.band}`
          : `${mine.scored} of ${itemCount} items scored (${mine.total} so far)`,
    },
    { label: 'Drafted by the bot', value: `${drafted} of ${itemCount} items` },
  ];
  if (mine.scored < itemCount) {
    // What the total would be with the drafts for the items not scored yet: a guide, not a score.
    const guide = [...view.draft.drafts].reduce(
      (a, [item, d]) => a + (!stored.has(item) && d.kind === 'draft' ? d.draft.score : 0),
      mine.total,
    );
    facts.push({ label: 'With the drafts', value: `${guide} (items with neither score nor draft count 0)` });
  }
  if (view.previous) {
    const before = totalOf(view.previous.scores);
    // A band is only meaningful for a whole review; a partial one says how much of it there is.
    const said = (t: typeof before) =>
      t.scored === itemCount ? `${t.total}: ${t.band}` : `${t.total} over ${t.scored} of ${itemCount} items`;
    facts.push({
      label: `Last review (${view.previous.quarter})`,
      value: `${said(before)}${mine.scored ? `; change ${signed(mine.total - before.total)}` : ''}`,
    });
  } else facts.push({ label: 'Last review', value: 'none stored' });
  return { kind: 'facts', facts };
}

export function reviewMessage(view: ReviewView): Message {
  const { period } = view.draft;
  const blocks: Block[] = [
    {
      kind: 'heading',
      text: `Fidelity review ${period.quarter}: ${view.unitName}, ${describeDate(period.from, view.today)} to ${describeDate(period.to, view.today)}`,
    },
    reviewTotals(view),
    {
      kind: 'note',
      text: 'Bands: 115-125 exemplary, 100-114 good, 74-99 fair, 73 or less not IPS. Drafts come from what the bot has logged; confirm or change each one.',
    },
    {
      kind: 'buttons',
      buttons: [
        { label: 'Score an item', command: 'ips', args: 'fidelity score', style: 'primary' },
        { label: 'Confirm all drafts', command: 'ips', args: `fidelity confirm ${period.quarter}` },
        { label: 'Export', command: 'ips', args: `fidelity export ${period.quarter}` },
      ],
    },
  ];
  for (const section of sections) {
    blocks.push({ kind: 'heading', text: section });
    for (const item of fidelityScale.filter((i) => i.section === section)) blocks.push(itemBlock(item, view));
  }
  blocks.push({
    kind: 'note',
    text: `Data sources: ${Object.entries(dataSources)
      .map(([k, v]) => `${k} ${v.toLowerCase()}`)
      .join('; ')}.`,
  });
  blocks.push({
    kind: 'note',
    text: `Score one item: /ips fidelity score <item> <1-5> [note]. Plan an action: /ips action <item> <what> owner <handle> by <date>.`,
  });
  return message(blocks);
}

/** One line per change between two reviews, for the reply after scoring. */
export function bandLine(total: number): string {
  return `${total} of ${maximumTotal}: ${bandOfTotal(total)}`;
}
