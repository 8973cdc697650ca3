// /ips away until <date> | /ips away today | /ips back: no reminders while away.
import { z } from 'zod';
import { describeDate, toDbDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import type { ActionSpec } from '../command.js';
import { date, nothing } from '../input-fields.js';

export const away: ActionSpec<{ until: string }> = {
  words: 'away',
  usage: '/ips away until <date> | /ips away today',
  summary: 'pause your daily reminders (they resume the working day after)',
  examples: ['/ips away until fri'],
  roles: ['specialist', 'supervisor'],
  input: (env) => z.object({ until: date(env, 'the last day away', 'future', 'future') }),
  parse: (text) => ({ until: text.replace(/^until\s+/i, '') }),
  async run(ctx, { until }) {
    await ctx.tx.staff.update({ where: { id: ctx.caller.id }, data: { awayUntil: toDbDate(until) } });
    await ctx.audit('staff.away', 'Staff', ctx.caller.id, { awayUntil: until });
    return messageReply([
      {
        kind: 'paragraph',
        text: `Away until the end of ${describeDate(until, ctx.today)}: no reminders until then. What falls due meanwhile comes in your first reminder back.`,
      },
      { kind: 'note', text: 'Back early? /ips back' },
    ]);
  },
};

export const back: ActionSpec<object> = {
  words: 'back',
  usage: '/ips back',
  summary: 'resume your daily reminders',
  examples: ['/ips back'],
  roles: ['specialist', 'supervisor'],
  input: nothing,
  async run(ctx) {
    await ctx.tx.staff.update({ where: { id: ctx.caller.id }, data: { awayUntil: null } });
    await ctx.audit('staff.back', 'Staff', ctx.caller.id);
    return messageReply([{ kind: 'paragraph', text: 'Welcome back: your daily reminders are on again.' }]);
  },
};
