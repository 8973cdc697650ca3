// /ips agenda [post]: this week's team-meeting agenda for the supervisor, and
// on request posted to the unit's channels through the outbox.
import { DomainError } from '../../core/domain-error.js';
import { describeDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { buildAgenda } from '../../digests/agenda.js';
import { agendaRender } from '../../digests/agenda-render.js';
import { periodEnding } from '../../digests/digest-period.js';
import { unitForCaller } from '../../digests/unit-for-caller.js';
import { auditRead } from '../../access/read-audit.js';
import type { ActionSpec, CommandContext } from '../command.js';
import { nothing } from '../input-fields.js';

const example = '/ips agenda';

async function thisWeeksAgenda(ctx: CommandContext) {
  const unit = await unitForCaller(ctx.tx, ctx.caller, undefined, example);
  const period = periodEnding(ctx.today);
  return { unit, period, message: await buildAgenda(ctx.tx, unit, period) };
}

export const agenda: ActionSpec<object> = {
  words: 'agenda',
  usage: '/ips agenda',
  summary: "this week's IPS team-meeting agenda",
  examples: [example],
  roles: ['supervisor'],
  input: nothing,
  async run(ctx) {
    const { unit, period, message } = await thisWeeksAgenda(ctx);
    await auditRead(ctx, 'agenda.read', 'VocationalUnit', unit.id, message, { week: period.label });
    return { kind: 'message', message };
  },
};

export const agendaPost: ActionSpec<object> = {
  words: 'agenda post',
  usage: '/ips agenda post',
  summary: "post this week's agenda to the unit's channel now",
  examples: ['/ips agenda post'],
  roles: ['supervisor'],
  input: nothing,
  async run(ctx) {
    const unit = await unitForCaller(ctx.tx, ctx.caller, undefined, example);
    const period = periodEnding(ctx.today);
    if (unit.channels.length === 0) {
      throw new DomainError(
        'AGENDA.NO_CHANNEL',
        `${unit.name} has no channel to post to yet. An admin binds one by running this in it:`,
        `/ips channel bind ${unit.key}`,
      );
    }
    for (const to of unit.channels) {
      await ctx.enqueue({
        dedupeKey: `agenda-post:${unit.key}:${ctx.invocation.idempotencyKey}:${to.conversation.channelId}`,
        to,
        // Drawn up when sent, like the scheduled one (agenda-render.ts).
        render: agendaRender(unit.id, period.end),
      });
    }
    await ctx.audit('agenda.post', 'VocationalUnit', unit.id, {
      week: period.label,
      channels: unit.channels.map((c) => c.conversation.channelId),
    });
    return messageReply([
      {
        kind: 'paragraph',
        text: `Posted the agenda for the week to ${describeDate(period.end, ctx.today)} to ${unit.channels.map((c) => `#${c.conversation.channelId}`).join(', ')}.`,
      },
    ]);
  },
};
