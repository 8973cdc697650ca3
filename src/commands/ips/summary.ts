// /ips summary [unit]: this week's caseload summary, with its chart.
import type { CommandReply } from '../../core/invocation.js';
import { buildCaseloadSummary } from '../../digests/caseload-summary.js';
import { periodEnding } from '../../digests/digest-period.js';
import { unitForCaller } from '../../digests/unit-for-caller.js';
import type { IpsSubcommand } from './subcommand.js';

export const summary: IpsSubcommand = {
  words: 'summary',
  usage: '/ips summary [unit]',
  summary: "this week's caseload summary against the fidelity targets, with a chart",
  example: '/ips summary harbour',
  roles: ['supervisor'],
  async run(ctx, args): Promise<CommandReply> {
    const unit = await unitForCaller(ctx.tx, ctx.caller, args.trim() || undefined, this.example);
    return { kind: 'message', message: await buildCaseloadSummary(ctx.tx, unit, periodEnding(ctx.today)) };
  },
};
