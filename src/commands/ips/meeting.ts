// The team meeting, captured: /ips idea and /ips learning note what the team
// came up with, /ips target sets the service lead's numbers; all three show in
// the next agenda (targets with progress from the records), and
// /ips meeting export writes the record.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.js';
import { describeDate, toDbDate } from '../../core/local-date.js';
import { message, messageReply } from '../../core/reply.js';
import { quarterSoFar } from '../../export/export-range.js';
import { meetingRecordFile, targetMeasures, targetPeriods, targetLine, targetProgress } from '../../fidelity/meeting-record.js';
import { splitWords } from '../../grammar/words.js';
import type { ActionSpec, CommandContext } from '../command.js';
import { nothing, oneOf, text } from '../input-fields.js';

const examples = {
  idea: '/ips idea ask the library about a CV drop-in',
  learning: '/ips learning role-play a first employer visit',
  target: '/ips target job-starts 4 per month',
  export: '/ips meeting export',
} as const;

function unitOf(ctx: CommandContext, example: string): number {
  if (ctx.caller.unitId === null)
    throw new DomainError('ROSTER.NO_UNIT', 'You are not in a vocational unit yet. Ask an admin to add you to one.', example);
  return ctx.caller.unitId;
}

function note(kind: 'idea' | 'learning'): ActionSpec<{ text: string }> {
  const label = kind === 'idea' ? 'idea or solution' : 'learning and development point';
  return {
    words: kind,
    usage: `/ips ${kind} <text>`,
    summary: `note an ${kind === 'idea' ? 'idea or solution' : 'learning and development point'} from the team meeting: it shows in the next agenda`,
    examples: [examples[kind]],
    roles: ['specialist', 'supervisor'],
    input: () => z.object({ text: text(`The ${label}`, 500) }),
    parse: (line) => (line.trim() ? { text: line.trim() } : {}),
    form: {
      title: kind === 'idea' ? 'An idea from the meeting' : 'Learning and development',
      submitLabel: 'Add',
      fields: [{ name: 'text', label: kind === 'idea' ? 'Idea or solution' : 'Learning point', kind: 'multiline' }],
    },
    async run(ctx, input) {
      const unitId = unitOf(ctx, examples[kind]);
      const row = await ctx.tx.meetingNote.create({
        data: { unitId, kind, text: input.text, on: toDbDate(ctx.today), createdById: ctx.caller.id, createdAt: ctx.now },
      });
      await ctx.audit(`meeting.${kind}`, 'MeetingNote', row.id, { length: input.text.length });
      return messageReply([{ kind: 'paragraph', text: `Noted for the next agenda: ${input.text}` }]);
    },
  };
}

export const idea = note('idea');
export const learning = note('learning');

function targetInput() {
  return z.object({
    measure: oneOf(targetMeasures, 'the measure'),
    amount: z.coerce.number({ invalid_type_error: 'How many? A whole number.' }).int('How many? A whole number.').min(0).max(10_000),
    per: oneOf(targetPeriods, 'the period'),
  });
}

export const target: ActionSpec<z.output<ReturnType<typeof targetInput>>> = {
  words: 'target',
  usage: `/ips target <${targetMeasures.join('|')}> <number> per <week|month|quarter>`,
  summary: "set one of the service lead's targets; the agenda shows progress against it",
  examples: [examples.target],
  roles: ['supervisor'],
  input: targetInput,
  parse: (line) => {
    const words = splitWords(line).filter((w) => w.toLowerCase() !== 'per');
    const [measure, amount, per, ...rest] = words;
    if (rest.length) throw new DomainError('TARGET.BAD_INPUT', `I didn't understand "${rest.join(' ')}" at the end.`, examples.target);
    return {
      ...(measure ? { measure: measure.toLowerCase() } : {}),
      ...(amount ? { amount } : {}),
      ...(per ? { per: per.toLowerCase() } : {}),
    };
  },
  form: {
    title: 'Set a target',
    submitLabel: 'Set',
    fields: [
      { name: 'measure', label: 'Measure', kind: 'choice', options: targetMeasures.map((m) => ({ value: m, label: m })) },
      { name: 'amount', label: 'How many', kind: 'text', placeholder: '4' },
      { name: 'per', label: 'Per', kind: 'choice', options: targetPeriods.map((p) => ({ value: p, label: p })) },
    ],
  },
  async run(ctx, input) {
    const unitId = unitOf(ctx, examples.target);
    const data = { amount: input.amount, per: input.per, setById: ctx.caller.id, setOn: toDbDate(ctx.today) };
    const row = await ctx.tx.unitTarget.upsert({
      where: { unitId_measure: { unitId, measure: input.measure } },
      create: { unitId, measure: input.measure, ...data },
      update: data,
    });
    await ctx.audit('meeting.target', 'UnitTarget', row.id, input);
    const unit = await ctx.tx.vocationalUnit.findUniqueOrThrow({
      where: { id: unitId },
      include: { clinicalTeams: { select: { id: true } }, staff: { where: { role: 'specialist', active: true }, select: { id: true } } },
    });
    const progress = await targetProgress(
      ctx.tx,
      { id: unitId, clinicalTeamIds: unit.clinicalTeams.map((t) => t.id), specialistIds: unit.staff.map((s) => s.id) },
      ctx.today,
    );
    const mine = progress.find((p) => p.measure === input.measure)!;
    return messageReply([{ kind: 'paragraph', text: `Target set. ${targetLine(mine)}.` }]);
  },
};

export const meetingExport: ActionSpec<object> = {
  words: 'meeting export',
  usage: '/ips meeting export',
  summary: 'the team meeting record this quarter (ideas, learning, targets, actions) as a CSV file',
  examples: [examples.export],
  roles: ['supervisor'],
  input: nothing,
  async run(ctx) {
    const unitId = unitOf(ctx, examples.export);
    const unit = await ctx.tx.vocationalUnit.findUniqueOrThrow({ where: { id: unitId } });
    const range = quarterSoFar(ctx.today);
    const file = await ctx.files.save(await meetingRecordFile(ctx.tx, unit, range.from, range.to));
    await ctx.audit('export.create', 'VocationalUnit', unitId, { ...range, files: [file.name] });
    return {
      kind: 'message',
      message: message(
        [
          {
            kind: 'paragraph',
            text: `Team meeting record, ${describeDate(range.from, ctx.today)} to ${describeDate(range.to, ctx.today)}: ${file.name}`,
          },
        ],
        [file],
      ),
    };
  },
};
