// /client benefits|disclosure|profile|plan: dated evidence of the work with a
// person, for fidelity items 12, 13, 14 and 16. Only a date and a category
// are kept (never what was said): the case record holds the content.
import { z } from 'zod';
import type { ClientEvidenceKind } from '../../generated/prisma/enums.js';
import { describeDate, toDbDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { findClientForCaller } from '../../services/caseload.js';
import { splitWords } from '../../grammar/words.js';
import type { ActionSpec, CommandContext, FieldSpec } from '../command.js';
import { clientRef, date, oneOf } from '../input-fields.js';

const roles = ['specialist', 'supervisor'] as const;

export const evidenceExamples = {
  benefits: '/client benefits SJ-14 offered',
  disclosure: '/client disclosure SJ-14 pros-cons what-to-say',
  profile: '/client profile SJ-14',
  plan: '/client plan SJ-14 yesterday',
} as const;

export const disclosureTopics = ['pros-cons', 'what-to-say'] as const;
const benefitsSteps = ['offered', 'done'] as const;

const person: FieldSpec = { name: 'clientRef', label: 'Person', kind: 'person' };
const day: FieldSpec = { name: 'on', label: 'Date', kind: 'date', initial: ({ today }) => today };

/** "<ref> [keywords…] [date phrase]": the keywords the action knows, then a date (today when absent). */
function parseRefKeywordsDate(keywords: readonly string[], field: string) {
  return (text: string) => {
    const [ref, ...rest] = splitWords(text);
    const words = [...rest];
    const found: string[] = [];
    while (words[0] && keywords.includes(words[0].toLowerCase())) found.push(words.shift()!.toLowerCase());
    return {
      ...(ref ? { clientRef: ref } : {}),
      ...(found.length ? { [field]: field === 'step' ? found[0] : found } : {}),
      ...(words.length ? { on: words.join(' ') } : {}),
    };
  };
}

async function record(
  ctx: CommandContext,
  input: { clientRef: string; on: string },
  kind: ClientEvidenceKind,
  example: string,
  topics: string[] = [],
) {
  const client = await findClientForCaller(ctx.tx, ctx.caller, input.clientRef, example);
  const row = await ctx.tx.clientEvidence.create({
    data: { clientId: client.id, kind, on: toDbDate(input.on), topics, recordedById: ctx.caller.id, createdAt: ctx.now },
  });
  await ctx.audit('client.evidence', 'ClientEvidence', row.id, { clientId: client.id, kind, on: input.on, topics });
  return row;
}

const dated = (what: string) => (env: { today: string }) => ({
  clientRef: clientRef(),
  on: date(env, what, 'past', 'past').default(env.today),
});

function benefitsInput(env: { today: string }) {
  return z.object({ ...dated('the date')(env), step: oneOf(benefitsSteps, 'the step').default('offered') });
}

export const benefits: ActionSpec<z.output<ReturnType<typeof benefitsInput>>> = {
  words: 'benefits',
  summary: 'work incentives (benefits) planning offered to the person, or done with a trained adviser (fidelity item 12)',
  usage: '/client benefits <client ref> [offered|done] [date]',
  examples: [evidenceExamples.benefits, '/client benefits SJ-14 done tue'],
  roles,
  input: benefitsInput,
  parse: parseRefKeywordsDate(benefitsSteps, 'step'),
  form: {
    title: 'Benefits planning',
    submitLabel: 'Save',
    fields: [
      person,
      {
        name: 'step',
        label: 'What happened',
        kind: 'choice',
        options: [
          { value: 'offered', label: 'Planning offered' },
          { value: 'done', label: 'Planning done with a trained adviser' },
        ],
      },
      day,
    ],
  },
  async run(ctx, input) {
    await record(ctx, input, input.step === 'done' ? 'benefits_done' : 'benefits_offered', evidenceExamples.benefits);
    return messageReply([
      {
        kind: 'paragraph',
        text: `Benefits planning ${input.step === 'done' ? 'done' : 'offered'} for ${input.clientRef} on ${describeDate(input.on, ctx.today)}.`,
      },
      { kind: 'note', text: 'Offer it again when the person weighs up a change in hours or pay.' },
    ]);
  },
};

function disclosureInput(env: { today: string }) {
  return z.object({
    ...dated('the date')(env),
    topics: z.preprocess(
      (v) => (typeof v === 'string' ? v.split(/[\s,]+/).filter(Boolean) : v),
      z.array(oneOf(disclosureTopics, 'a topic')).default([]),
    ),
  });
}

export const disclosure: ActionSpec<z.output<ReturnType<typeof disclosureInput>>> = {
  words: 'disclosure',
  summary: 'disclosure discussed with the person: pros and cons, what to say (fidelity item 13; more than once counts)',
  usage: '/client disclosure <client ref> [pros-cons] [what-to-say] [date]',
  examples: [evidenceExamples.disclosure, '/client disclosure SJ-14 yesterday'],
  roles,
  input: disclosureInput,
  parse: parseRefKeywordsDate(disclosureTopics, 'topics'),
  form: {
    title: 'Disclosure discussed',
    submitLabel: 'Save',
    fields: [
      person,
      {
        name: 'topics',
        label: 'Covered',
        kind: 'choice',
        options: [
          { value: 'pros-cons', label: 'Pros and cons, adjustments, my role with the employer' },
          { value: 'what-to-say', label: 'What could be said, with examples' },
          { value: 'pros-cons what-to-say', label: 'Both' },
        ],
      },
      day,
    ],
  },
  async run(ctx, input) {
    const row = await record(ctx, input, 'disclosure', evidenceExamples.disclosure, input.topics);
    const times = await ctx.tx.clientEvidence.count({ where: { clientId: row.clientId, kind: 'disclosure' } });
    return messageReply([
      {
        kind: 'paragraph',
        text: `Disclosure discussed with ${input.clientRef} on ${describeDate(input.on, ctx.today)}${input.topics.length ? ` (${input.topics.join(', ')})` : ''}: ${times === 1 ? 'the first conversation' : `conversation ${times}`}.`,
      },
      { kind: 'note', text: 'Come back to it: after two months without a job, or when work gets difficult.' },
    ]);
  },
};

const datedOnly = (what: string) => (env: { today: string }) => z.object(dated(what)(env));

export const profile: ActionSpec<z.output<ReturnType<ReturnType<typeof datedOnly>>>> = {
  words: 'profile',
  summary: 'the vocational profile was started or updated (fidelity item 14: update it after each job start or end)',
  usage: '/client profile <client ref> [date]',
  examples: [evidenceExamples.profile],
  roles,
  input: datedOnly('the profile date'),
  parse: parseRefKeywordsDate([], 'none'),
  form: { title: 'Vocational profile', submitLabel: 'Save', fields: [person, day] },
  async run(ctx, input) {
    const row = await record(ctx, input, 'profile_update', evidenceExamples.profile);
    const client = await ctx.tx.client.findUniqueOrThrow({ where: { id: row.clientId } });
    const started = client.profileStartedOn === null;
    if (started) await ctx.tx.client.update({ where: { id: client.id }, data: { profileStartedOn: toDbDate(input.on) } });
    return messageReply([
      {
        kind: 'paragraph',
        text: `Vocational profile for ${input.clientRef} ${started ? 'started' : 'updated'} on ${describeDate(input.on, ctx.today)}.`,
      },
    ]);
  },
};

export const plan: ActionSpec<z.output<ReturnType<ReturnType<typeof datedOnly>>>> = {
  words: 'plan',
  summary: "the person's job search plan was written or updated (fidelity item 16)",
  usage: '/client plan <client ref> [date]',
  examples: [evidenceExamples.plan],
  roles,
  input: datedOnly('the plan date'),
  parse: parseRefKeywordsDate([], 'none'),
  form: { title: 'Job search plan', submitLabel: 'Save', fields: [person, day] },
  async run(ctx, input) {
    await record(ctx, input, 'plan_update', evidenceExamples.plan);
    return messageReply([
      { kind: 'paragraph', text: `Job search plan for ${input.clientRef} updated on ${describeDate(input.on, ctx.today)}.` },
      { kind: 'note', text: 'Employer contacts for the next 6 months count as following a current plan.' },
    ]);
  },
};
