// /ips supervision group|field and /ips mdt: when the unit met for group
// supervision, when the supervisor mentored a specialist in the field, and
// when someone sat in a treatment team's client-focused meeting (fidelity items
// 5, 7 and 8). Dates only.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.js';
import { describeDate, toDbDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { splitWords } from '../../grammar/words.js';
import type { ActionSpec, CommandContext, InputEnv } from '../command.js';
import { date, text } from '../input-fields.js';

const examples = {
  group: '/ips supervision group',
  field: '/ips supervision field aroha yesterday',
  mdt: '/ips mdt northside tue',
} as const;

function unitOf(ctx: CommandContext, example: string): number {
  if (ctx.caller.unitId === null)
    throw new DomainError('ROSTER.NO_UNIT', 'You are not in a vocational unit yet. Ask an admin to add you to one.', example);
  return ctx.caller.unitId;
}

const onDate = (env: InputEnv) => date(env, 'the date', 'past', 'past').default(env.today);

/** "<name> [date phrase]" */
const nameThenDate = (field: string) => (line: string) => {
  const [name, ...rest] = splitWords(line);
  return { ...(name ? { [field]: name.toLowerCase() } : {}), ...(rest.length ? { on: rest.join(' ') } : {}) };
};

export const supervisionGroup: ActionSpec<{ on: string }> = {
  words: 'supervision group',
  usage: '/ips supervision group [date]',
  summary: 'the unit met for client-based group supervision (fidelity items 7 and 8)',
  examples: [examples.group],
  roles: ['supervisor'],
  input: (env) => z.object({ on: onDate(env) }),
  parse: (line) => (line.trim() ? { on: line.trim() } : {}),
  async run(ctx, { on }) {
    const unitId = unitOf(ctx, examples.group);
    const row = await ctx.tx.supervisionSession.create({
      data: { unitId, kind: 'group', on: toDbDate(on), recordedById: ctx.caller.id, createdAt: ctx.now },
    });
    await ctx.audit('supervision.group', 'SupervisionSession', row.id, { on });
    return messageReply([{ kind: 'paragraph', text: `Group supervision on ${describeDate(on, ctx.today)} recorded.` }]);
  },
};

export const supervisionField: ActionSpec<{ handle: string; on: string }> = {
  words: 'supervision field',
  usage: '/ips supervision field <handle> [date]',
  summary: 'you mentored a specialist in the field, e.g. meeting employers together (fidelity item 8)',
  examples: [examples.field],
  roles: ['supervisor'],
  input: (env) => z.object({ handle: text('The specialist’s handle', 60), on: onDate(env) }),
  parse: nameThenDate('handle'),
  form: {
    title: 'Field mentoring',
    submitLabel: 'Save',
    fields: [
      { name: 'handle', label: 'Specialist (roster handle)', kind: 'text', placeholder: 'aroha' },
      { name: 'on', label: 'Date', kind: 'date', initial: ({ today }) => today },
    ],
  },
  async run(ctx, { handle, on }) {
    const unitId = unitOf(ctx, examples.field);
    const specialist = await ctx.tx.staff.findFirst({ where: { handle: handle.toLowerCase(), unitId, role: 'specialist', active: true } });
    if (!specialist) {
      const known = await ctx.tx.staff.findMany({ where: { unitId, role: 'specialist', active: true }, orderBy: { handle: 'asc' } });
      throw new DomainError(
        'SUPERVISION.NO_SUCH_SPECIALIST',
        `No specialist in your unit has the handle "${handle}". Yours: ${known.map((k) => k.handle).join(', ') || 'none'}.`,
        examples.field,
        'handle',
      );
    }
    const row = await ctx.tx.supervisionSession.create({
      data: { unitId, kind: 'field', on: toDbDate(on), specialistId: specialist.id, recordedById: ctx.caller.id, createdAt: ctx.now },
    });
    await ctx.audit('supervision.field', 'SupervisionSession', row.id, { on, specialistId: specialist.id });
    return messageReply([
      { kind: 'paragraph', text: `Field mentoring with ${specialist.displayName} on ${describeDate(on, ctx.today)} recorded.` },
    ]);
  },
};

export const mdt: ActionSpec<{ team: string; on: string }> = {
  words: 'mdt',
  usage: '/ips mdt <clinical team> [date]',
  summary: "you attended a treatment team's client-focused meeting (fidelity items 5 and 8)",
  examples: [examples.mdt],
  roles: ['specialist', 'supervisor'],
  input: (env) => z.object({ team: text('The clinical team', 60), on: onDate(env) }),
  parse: nameThenDate('team'),
  async run(ctx, { team, on }) {
    const teams = await ctx.tx.clinicalTeam.findMany({
      where: ctx.caller.role === 'supervisor' ? { unitId: ctx.caller.unitId ?? -1 } : { id: { in: ctx.caller.clinicalTeamIds } },
      orderBy: { key: 'asc' },
    });
    const found = teams.find((t) => t.key === team.toLowerCase());
    if (!found) {
      throw new DomainError(
        'MDT.NO_SUCH_TEAM',
        `"${team}" is not one of your clinical teams: ${teams.map((t) => t.key).join(', ') || 'none'}.`,
        examples.mdt,
        'team',
      );
    }
    const row = await ctx.tx.mdtAttendance.create({
      data: { clinicalTeamId: found.id, staffId: ctx.caller.id, on: toDbDate(on), createdAt: ctx.now },
    });
    await ctx.audit('mdt.attend', 'MdtAttendance', row.id, { clinicalTeamId: found.id, on });
    return messageReply([{ kind: 'paragraph', text: `${found.name} meeting on ${describeDate(on, ctx.today)} recorded.` }]);
  },
};
