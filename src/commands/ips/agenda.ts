// /ips agenda [post]: this week's team-meeting agenda for the supervisor, and
// on request posted to the unit's channels through the outbox.
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { describeDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { buildAgenda } from '../../digests/agenda.js';
import { periodEnding } from '../../digests/digest-period.js';
import { unitForCaller } from '../../digests/unit-for-caller.js';
import type { IpsSubcommand } from './subcommand.js';

export const agenda: IpsSubcommand = {
  words: 'agenda',
  usage: '/ips agenda [post]',
  summary: "this week's IPS team-meeting agenda (post: also to the unit's channel)",
  example: '/ips agenda',
  roles: ['supervisor'],
  async run(ctx, args): Promise<CommandReply> {
    const word = args.trim().toLowerCase();
    if (word !== '' && word !== 'post') {
      throw new DomainError(
        'AGENDA.USAGE',
        `"/ips agenda ${args.trim()}" is not understood: add nothing, or "post" to post it to the unit's channel.`,
        '/ips agenda post',
      );
    }
    const unit = await unitForCaller(ctx.tx, ctx.caller, undefined, this.example);
    const period = periodEnding(ctx.today);
    const built = await buildAgenda(ctx.tx, unit, period);
    if (word === '') return { kind: 'message', message: built };

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
        message: built,
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
