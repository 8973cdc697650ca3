// /ips week [n]: the agenda and the caseload summary as they were n weeks ago.
import { z } from 'zod';
import { addLocalDays } from '../../core/local-date.js';
import { message } from '../../core/reply.js';
import { buildAgenda } from '../../digests/agenda.js';
import { buildCaseloadSummary } from '../../digests/caseload-summary.js';
import { periodEnding } from '../../digests/digest-period.js';
import { unitForCaller } from '../../digests/unit-for-caller.js';
import { auditRead } from '../../access/read-audit.js';
import type { ActionSpec } from '../command.js';

const example = '/ips week 2';
const maxWeeksAgo = 156;
const weeksMessage = `Give a whole number of weeks ago, from 0 (this week) to ${maxWeeksAgo}.`;

export const week: ActionSpec<{ weeksAgo: number }> = {
  words: 'week',
  usage: '/ips week [n weeks ago]',
  summary: 'the agenda and caseload summary of a past week (default: last week)',
  examples: [example],
  roles: ['supervisor'],
  input: () =>
    z.object({
      weeksAgo: z.coerce
        .number({ invalid_type_error: weeksMessage })
        .int(weeksMessage)
        .min(0, weeksMessage)
        .max(maxWeeksAgo, weeksMessage)
        .default(1),
    }),
  parse: (text) => (text ? { weeksAgo: /^\d{1,4}$/.test(text) ? text : Number.NaN } : {}),
  async run(ctx, { weeksAgo }) {
    const unit = await unitForCaller(ctx.tx, ctx.caller, undefined, example);
    const period = periodEnding(addLocalDays(ctx.today, -7 * weeksAgo));
    const agendaMessage = await buildAgenda(ctx.tx, unit, period);
    const summaryMessage = await buildCaseloadSummary(ctx.tx, ctx.files, unit, period);
    const both = message([...agendaMessage.blocks, { kind: 'divider' }, ...summaryMessage.blocks], summaryMessage.files);
    await auditRead(ctx, 'summary.read', 'VocationalUnit', unit.id, both, { week: period.label });
    return { kind: 'message', message: both };
  },
};
