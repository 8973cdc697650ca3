// /ips summary [unit]: this week's caseload summary, with its chart.
import { z } from 'zod';
import { buildCaseloadSummary } from '../../digests/caseload-summary.js';
import { periodEnding } from '../../digests/digest-period.js';
import { unitForCaller } from '../../digests/unit-for-caller.js';
import { auditRead } from '../../access/read-audit.js';
import type { ActionSpec } from '../command.js';

const example = '/ips summary harbour';

export const summary: ActionSpec<{ unit?: string }> = {
  words: 'summary',
  usage: '/ips summary [unit]',
  summary: "this week's caseload summary against the fidelity targets, with a chart",
  examples: [example],
  roles: ['supervisor'],
  input: () => z.object({ unit: z.string().regex(/^\S+$/, 'Give one unit key, like harbour.').optional() }),
  parse: (text) => (text ? { unit: text } : {}),
  async run(ctx, input) {
    const unit = await unitForCaller(ctx.tx, ctx.caller, input.unit, example);
    const period = periodEnding(ctx.today);
    const message = await buildCaseloadSummary(ctx.tx, ctx.files, unit, period);
    await auditRead(ctx, 'summary.read', 'VocationalUnit', unit.id, message, { week: period.label });
    return { kind: 'message', message };
  },
};
