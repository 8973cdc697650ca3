// /ips: help, the caller's own view, and the team's settings. Each subcommand
// lives in its own module and is listed here once.
import { DomainError } from '../../core/domain-error.js';
import type { CommandDefinition } from '../command.js';
import { helpReply } from './help.js';
import { channelBind, staffLink } from './roster-admin.js';
import { agenda } from './agenda.js';
import { summary } from './summary.js';
import { week } from './week.js';
import { me } from './me.js';
import { away, back } from './away.js';
import { exportFiles } from './export.js';
import { nudges } from './nudges.js';
import type { IpsSubcommand } from './subcommand.js';

export const ipsSubcommands: readonly IpsSubcommand[] = [
  staffLink,
  channelBind,
  agenda,
  summary,
  week,
  me,
  away,
  back,
  exportFiles,
  nudges,
];

/** The subcommand whose words start the text, longest first ("staff link" before "staff"). */
function select(text: string): { sub: IpsSubcommand; args: string } | undefined {
  const lower = text.toLowerCase();
  const sorted = [...ipsSubcommands].sort((a, b) => b.words.length - a.words.length);
  for (const sub of sorted) {
    if (lower === sub.words || lower.startsWith(`${sub.words} `)) return { sub, args: text.slice(sub.words.length).trim() };
  }
  return undefined;
}

export const ips: CommandDefinition = {
  name: 'ips',
  summary: 'Help, your week, and team settings',
  usage: ['/ips', ...ipsSubcommands.map((s) => s.usage)],
  examples: ['/ips', ...ipsSubcommands.map((s) => s.example)],
  roles: ['specialist', 'supervisor', 'clinician', 'admin'],
  async run(ctx, input) {
    const text = input.kind === 'text' ? input.text.trim() : '';
    if (text === '' || text.toLowerCase() === 'help') return helpReply(ctx, ipsSubcommands);
    const found = select(text);
    if (!found) {
      throw new DomainError('IPS.UNKNOWN', `"/ips ${text}" is not something the bot knows. /ips alone lists what it can do.`, '/ips');
    }
    if (!found.sub.roles.includes(ctx.caller.role)) {
      throw new DomainError(
        'ROLE.FORBIDDEN',
        `/ips ${found.sub.words} is for ${found.sub.roles.join(' and ')}s; your role is ${ctx.caller.role}.`,
      );
    }
    return found.sub.run(ctx, found.args);
  },
};
