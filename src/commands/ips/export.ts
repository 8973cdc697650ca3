// /ips export [from] [to]: the fidelity-review CSV files, for supervisors.
import { DomainError } from '../../core/domain-error.js';
import { describeDate } from '../../core/local-date.js';
import { message } from '../../core/reply.js';
import { exportExample, parseExportRange } from '../../export/export-range.js';
import { fidelityExport } from '../../export/fidelity-export.js';
import { z } from 'zod';
import type { ExportRange } from '../../export/fidelity-export.js';
import type { ActionSpec } from '../command.js';

export const exportFiles: ActionSpec<ExportRange> = {
  words: 'export',
  usage: '/ips export [from] [to]',
  summary: 'CSV files for a fidelity review: contact log, employer database, job starts, outcomes (this quarter unless dates are given)',
  examples: [exportExample],
  roles: ['supervisor'],
  input: () => z.object({ from: z.string(), to: z.string() }),
  parse: (text, env) => parseExportRange(text.split(/\s+/).filter(Boolean), env.today),
  async run(ctx, range) {
    if (ctx.caller.unitId === null)
      throw new DomainError(
        'ROSTER.NO_UNIT',
        'You are not in a vocational unit yet, so there is nothing to export. Ask an admin to add you to one.',
      );
    const made = await fidelityExport(ctx.tx, ctx.caller.unitId, range);
    const files = [];
    for (const file of made) files.push(await ctx.files.save(file));
    // An export is a read, but who took health-service data out of the bot is worth a record.
    await ctx.audit('export.create', 'VocationalUnit', ctx.caller.unitId, {
      ...range,
      files: made.map((f) => ({ name: f.name, rows: f.rows })),
      rows: made.reduce((n, f) => n + f.rows, 0),
    });
    return {
      kind: 'message',
      message: message(
        [
          {
            kind: 'heading',
            text: `Fidelity review export, ${describeDate(range.from, ctx.today)} to ${describeDate(range.to, ctx.today)}`,
          },
          { kind: 'list', items: files.map((f) => `${f.title}: ${f.name}`) },
          { kind: 'note', text: "Pseudonymous references only. Keep the files on the service's secure drive." },
        ],
        files,
      ),
    };
  },
};
