// The fidelity action plan: /ips action <item> <what> owner <handle> by <date>
// plans one, /ips actions lists the open ones, /ips action done <n> <outcome>
// closes one with what came of it. Open actions show in the agenda's targets
// part and, once due, in the owner's daily reminder.
import { z } from 'zod';
import { auditRead } from '../../access/read-audit.js';
import { DomainError } from '../../core/domain-error.js';
import { describeDate, fromDbDate, toDbDate } from '../../core/local-date.js';
import { message, messageReply } from '../../core/reply.js';
import { fidelityScale, scaleItem } from '../../fidelity/fidelity-scale.js';
import { openActions } from '../../fidelity/meeting-record.js';
import { splitWords, unquote } from '../../grammar/words.js';
import type { ActionSpec, CommandContext } from '../command.js';
import { date, nothing, text } from '../input-fields.js';

const examples = {
  plan: '/ips action 17 shadow Ben on two employer visits a week owner dana by fri',
  list: '/ips actions',
  done: '/ips action done 1 Ben now at 5 a week',
} as const;

function unitOf(ctx: CommandContext, example: string): number {
  if (ctx.caller.unitId === null)
    throw new DomainError('ROSTER.NO_UNIT', 'You are not in a vocational unit yet. Ask an admin to add you to one.', example);
  return ctx.caller.unitId;
}

const itemNumber = () =>
  z.coerce
    .number({
      invalid_type_error: 'Which fidelity item? A number from 1 to 25.',
      required_error: 'Which fidelity item? A number from 1 to 25.',
    })
    .int('Which fidelity item? A number from 1 to 25.')
    .min(1, 'Which fidelity item? A number from 1 to 25.')
    .max(25, 'Which fidelity item? A number from 1 to 25.');

function planInput(env: { today: string }) {
  return z.object({
    item: itemNumber(),
    what: text('What is to be done', 300),
    owner: text('The owner’s handle', 60),
    by: date(env, 'the deadline', 'future', 'future'),
  });
}

/** "<item> <what…> owner <handle> by <date phrase>" */
function parsePlan(line: string) {
  const words = splitWords(line);
  const lower = words.map((w) => w.toLowerCase());
  const ownerAt = lower.lastIndexOf('owner');
  const byAt = lower.lastIndexOf('by');
  const [item, ...rest] = words.slice(0, ownerAt === -1 ? (byAt === -1 ? words.length : byAt) : ownerAt);
  const what = rest.map(unquote).join(' ').trim();
  const owner = ownerAt === -1 ? undefined : words[ownerAt + 1];
  const by = byAt === -1 || byAt < ownerAt ? undefined : words.slice(byAt + 1).join(' ');
  if (ownerAt !== -1 && byAt > ownerAt + 2) {
    throw new DomainError(
      'ACTION.BAD_INPUT',
      `The owner is one roster handle: "${words.slice(ownerAt + 1, byAt).join(' ')}"?`,
      examples.plan,
    );
  }
  return { ...(item ? { item } : {}), ...(what ? { what } : {}), ...(owner ? { owner } : {}), ...(by ? { by } : {}) };
}

export const actionPlan: ActionSpec<z.output<ReturnType<typeof planInput>>> = {
  words: 'action',
  usage: '/ips action <item> <what> owner <handle> by <date>',
  summary: 'plan an action to raise a fidelity item, with an owner and a deadline',
  examples: [examples.plan],
  roles: ['supervisor'],
  input: planInput,
  parse: parsePlan,
  form: {
    title: 'Fidelity action',
    submitLabel: 'Plan it',
    fields: [
      {
        name: 'item',
        label: 'Item',
        kind: 'choice',
        options: fidelityScale.map((i) => ({ value: String(i.item), label: `${i.item}. ${i.name}`.slice(0, 75) })),
      },
      { name: 'what', label: 'What will be done', kind: 'multiline' },
      { name: 'owner', label: 'Owner (roster handle)', kind: 'text', placeholder: 'dana' },
      { name: 'by', label: 'By', kind: 'date' },
    ],
  },
  async run(ctx, input) {
    const unitId = unitOf(ctx, examples.plan);
    const owner = await ctx.tx.staff.findFirst({ where: { handle: input.owner.toLowerCase(), unitId, active: true } });
    if (!owner) {
      const known = await ctx.tx.staff.findMany({
        where: { unitId, active: true, role: { in: ['specialist', 'supervisor'] } },
        orderBy: { handle: 'asc' },
      });
      throw new DomainError(
        'ACTION.NO_SUCH_OWNER',
        `No one in your unit has the handle "${input.owner}". Yours: ${known.map((k) => k.handle).join(', ')}.`,
        examples.plan,
        'owner',
      );
    }
    const row = await ctx.tx.fidelityAction.create({
      data: {
        unitId,
        item: input.item,
        what: input.what,
        ownerId: owner.id,
        dueOn: toDbDate(input.by),
        createdById: ctx.caller.id,
        createdAt: ctx.now,
      },
    });
    await ctx.audit('fidelity.action.create', 'FidelityAction', row.id, { item: input.item, ownerId: owner.id, dueOn: input.by });
    return messageReply([
      {
        kind: 'paragraph',
        text: `Action ${row.id} for item ${input.item} (${scaleItem(input.item)!.name}): ${input.what}. ${owner.displayName}, by ${describeDate(input.by, ctx.today)}.`,
      },
      {
        kind: 'note',
        text: `It shows in the agenda until done, and in ${owner.displayName}'s reminders when due. Done: /ips action done ${row.id} <outcome>`,
      },
    ]);
  },
};

export const actionList: ActionSpec<object> = {
  words: 'actions',
  usage: '/ips actions',
  summary: "the fidelity action plan's open actions",
  examples: [examples.list],
  roles: ['specialist', 'supervisor'],
  input: nothing,
  async run(ctx) {
    const unitId = unitOf(ctx, examples.list);
    const open = await openActions(ctx.tx, unitId);
    const shown = message([
      { kind: 'heading', text: 'Fidelity action plan: open actions' },
      {
        kind: 'list',
        items: open.length
          ? open.map(
              (a) =>
                `${a.id}. Item ${a.item}: ${a.what} (${a.owner}, by ${describeDate(a.dueOn, ctx.today)}${a.dueOn < ctx.today ? ', overdue' : ''})`,
            )
          : ['None open. Plan one: /ips action <item> <what> owner <handle> by <date>'],
      },
    ]);
    await auditRead(ctx, 'fidelity.actions.read', 'VocationalUnit', unitId, shown);
    return { kind: 'message', message: shown };
  },
};

function doneInput() {
  return z.object({
    id: z.coerce
      .number({ invalid_type_error: 'Which action? Its number, from /ips actions.' })
      .int()
      .positive('Which action? Its number, from /ips actions.'),
    outcome: text('The outcome', 500),
  });
}

export const actionDone: ActionSpec<z.output<ReturnType<typeof doneInput>>> = {
  words: 'action done',
  usage: '/ips action done <n> <outcome>',
  summary: 'close a fidelity action with its outcome',
  examples: [examples.done],
  roles: ['supervisor', 'specialist'],
  input: doneInput,
  parse: (line) => {
    const [id, ...rest] = splitWords(line);
    const outcome = rest.map(unquote).join(' ').trim();
    return { ...(id ? { id } : {}), ...(outcome ? { outcome } : {}) };
  },
  async run(ctx, input) {
    const unitId = unitOf(ctx, examples.done);
    const row = await ctx.tx.fidelityAction.findFirst({ where: { id: input.id, unitId } });
    if (!row)
      throw new DomainError('ACTION.NOT_FOUND', `Your unit has no action ${input.id}. /ips actions lists them.`, examples.done, 'id');
    if (row.doneOn)
      throw new DomainError(
        'ACTION.DONE',
        `Action ${input.id} was closed on ${describeDate(fromDbDate(row.doneOn), ctx.today)}.`,
        examples.list,
      );
    if (ctx.caller.role === 'specialist' && row.ownerId !== ctx.caller.id)
      throw new DomainError(
        'ACTION.NOT_YOURS',
        `Action ${input.id} is someone else's: its owner or the supervisor closes it.`,
        examples.list,
      );
    await ctx.tx.fidelityAction.update({ where: { id: row.id }, data: { doneOn: toDbDate(ctx.today), outcome: input.outcome } });
    await ctx.audit('fidelity.action.done', 'FidelityAction', row.id, { outcome: input.outcome });
    return messageReply([{ kind: 'paragraph', text: `Action ${row.id} (item ${row.item}) done: ${input.outcome}.` }]);
  },
};
