// /ips week [n]: the agenda and the caseload summary as they were n weeks ago.
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { addLocalDays } from '../../core/local-date.js';
import { message } from '../../core/reply.js';
import { buildAgenda } from '../../digests/agenda.js';
import { buildCaseloadSummary } from '../../digests/caseload-summary.js';
import { periodEnding } from '../../digests/digest-period.js';
import { unitForCaller } from '../../digests/unit-for-caller.js';
import type { IpsSubcommand } from './subcommand.js';

const maxWeeksAgo = 156;

export const week: IpsSubcommand = {
  words: 'week',
  usage: '/ips week [n weeks ago]',
  summary: 'the agenda and caseload summary of a past week (default: last week)',
  example: '/ips week 2',
  roles: ['supervisor'],
  async run(ctx, args): Promise<CommandReply> {
    const text = args.trim();
    const weeksAgo = text === '' ? 1 : /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(weeksAgo) || weeksAgo > maxWeeksAgo) {
      throw new DomainError(
        'WEEK.USAGE',
        `"${text}" is not a number of weeks ago: give a whole number from 0 (this week) to ${maxWeeksAgo}.`,
        this.example,
      );
    }
    const unit = await unitForCaller(ctx.tx, ctx.caller, undefined, this.example);
    const period = periodEnding(addLocalDays(ctx.today, -7 * weeksAgo));
    const agendaMessage = await buildAgenda(ctx.tx, unit, period);
    const summaryMessage = await buildCaseloadSummary(ctx.tx, unit, period);
    return {
      kind: 'message',
      message: message([...agendaMessage.blocks, { kind: 'divider' }, ...summaryMessage.blocks], summaryMessage.files),
    };
  },
};
