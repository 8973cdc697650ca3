// /ips away until <date> | /ips away today | /ips back: no reminders while away.
import { DomainError } from '../../core/domain-error.js';
import { describeDate, toDbDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { datePhraseExamples, readDatePhrase } from '../../grammar/date-phrase.js';
import type { IpsSubcommand } from './subcommand.js';

const example = '/ips away until fri';

export const away: IpsSubcommand = {
  words: 'away',
  usage: '/ips away until <date> | /ips away today',
  summary: 'pause your daily reminders (they resume the working day after)',
  example,
  roles: ['specialist', 'supervisor'],
  async run(ctx, args) {
    const words = args.trim().split(/\s+/).filter(Boolean);
    const phrase = words[0]?.toLowerCase() === 'until' ? words.slice(1) : words;
    const when = phrase.length ? readDatePhrase(phrase, ctx.today, 'future') : undefined;
    if (!when || when.words !== phrase.length) {
      throw new DomainError('AWAY.DATE', `Until when? Dates can be: ${datePhraseExamples}.`, example);
    }
    if (when.date < ctx.today) throw new DomainError('AWAY.PAST', 'That date has passed: give today or a later day.', example);
    await ctx.tx.staff.update({ where: { id: ctx.caller.id }, data: { awayUntil: toDbDate(when.date) } });
    await ctx.audit('staff.away', 'Staff', ctx.caller.id, { awayUntil: when.date });
    return messageReply([
      {
        kind: 'paragraph',
        text: `Away until the end of ${describeDate(when.date, ctx.today)}: no reminders until then. What falls due meanwhile comes in your first reminder back.`,
      },
      { kind: 'note', text: 'Back early? /ips back' },
    ]);
  },
};

export const back: IpsSubcommand = {
  words: 'back',
  usage: '/ips back',
  summary: 'resume your daily reminders',
  example: '/ips back',
  roles: ['specialist', 'supervisor'],
  async run(ctx, args) {
    if (args.trim()) throw new DomainError('AWAY.BACK_USAGE', '/ips back takes nothing after it.', '/ips back');
    await ctx.tx.staff.update({ where: { id: ctx.caller.id }, data: { awayUntil: null } });
    await ctx.audit('staff.back', 'Staff', ctx.caller.id);
    return messageReply([{ kind: 'paragraph', text: 'Welcome back: your daily reminders are on again.' }]);
  },
};
