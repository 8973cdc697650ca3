import { messageReply } from '../../core/reply.js';
import type { CommandContext } from '../command.js';
import type { IpsSubcommand } from './subcommand.js';

/** The help card: every command the caller may run, with a ready example. */
export function helpReply(ctx: CommandContext, subcommands: readonly IpsSubcommand[]) {
  const role = ctx.caller.role;
  const commands = ctx.commands.filter((c) => c.roles.includes(role) && c.name !== 'ips');
  const ips = subcommands.filter((s) => s.roles.includes(role));
  return messageReply([
    { kind: 'heading', text: 'IPS bot: what you can do' },
    ...commands.map((c) => ({ kind: 'list' as const, title: `/${c.name}: ${c.summary}`, items: [`e.g. ${c.examples[0]}`] })),
    ...(ips.length
      ? [{ kind: 'list' as const, title: '/ips', items: ips.map((s) => `${s.usage}: ${s.summary} (e.g. ${s.example})`) }]
      : []),
    { kind: 'note', text: 'Add "help" after a command for all its forms, e.g. /contact help.' },
  ]);
}
