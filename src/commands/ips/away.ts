// /ips away until <date> [cover <handle>] | /ips away today | /ips back: no
// reminders while away. With a cover, the away specialist's follow-along and
// job-loss items go to the cover's daily reminder, and the cover may log the
// meetings that clear them. A supervisor can set it for a specialist:
// /ips away aroha until fri cover ben.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.js';
import { describeDate, toDbDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import type { ActionSpec, CommandContext } from '../command.js';
import { date, nothing } from '../input-fields.js';

const example = '/ips away until fri cover ben';
const handle = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^@?[\w.-]{1,40}$/, `Give ${what} by their handle, like ben.`)
    .transform((h) => h.replace(/^@/, '').toLowerCase());

interface AwayInput {
  who?: string;
  until: string;
  cover?: string;
}

/** "[handle] until <date> [cover <handle>]" or "today [cover <handle>]". */
export function parseAway(text: string): Partial<Record<keyof AwayInput, string>> {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const draft: Partial<Record<keyof AwayInput, string>> = {};
  const coverAt = words.findIndex((w) => w.toLowerCase() === 'cover');
  if (coverAt !== -1) {
    const cover = words[coverAt + 1];
    if (!cover || words.length > coverAt + 2) throw new DomainError('IPS.BAD_INPUT', 'Name one cover after "cover", like ben.', example);
    draft.cover = cover;
    words.splice(coverAt, 2);
  }
  const untilAt = words.findIndex((w) => w.toLowerCase() === 'until');
  if (untilAt === 1) draft.who = words[0]!;
  else if (untilAt > 1) throw new DomainError('IPS.BAD_INPUT', 'Say who (a supervisor only), then "until <date>".', example);
  const until = words.slice(untilAt + 1).join(' ');
  if (until) draft.until = until;
  return draft;
}

async function staffInUnit(ctx: CommandContext, h: string, field: string) {
  const row = await ctx.tx.staff.findFirst({ where: { handle: h, active: true, unitId: ctx.caller.unitId ?? -1 } });
  if (!row) throw new DomainError('IPS.NO_SUCH_STAFF', `"${h}" is not on your IPS team's roster.`, example, field);
  return row;
}

export const away: ActionSpec<AwayInput> = {
  words: 'away',
  usage: '/ips away [specialist] until <date> [cover <specialist>] | /ips away today',
  summary: 'pause your daily reminders (they resume the working day after); a cover gets your follow-along meanwhile',
  examples: [example, '/ips away aroha until fri cover ben'],
  roles: ['specialist', 'supervisor'],
  input: (env) =>
    z.object({
      who: handle('the person away').optional(),
      until: date(env, 'the last day away', 'future', 'future'),
      cover: handle('the cover').optional(),
    }),
  parse: parseAway,
  async run(ctx, { who, until, cover }) {
    const target = who && who !== ctx.caller.handle ? await staffInUnit(ctx, who, 'who') : undefined;
    if (target && ctx.caller.role !== 'supervisor')
      throw new DomainError('IPS.SUPERVISOR_ONLY', 'Only a supervisor can set someone else away.', example, 'who');
    const awayId = target?.id ?? ctx.caller.id;
    const coverRow = cover ? await staffInUnit(ctx, cover, 'cover') : undefined;
    if (coverRow && (coverRow.role !== 'specialist' || coverRow.id === awayId))
      throw new DomainError(
        'IPS.BAD_COVER',
        `${coverRow.displayName} cannot cover: the cover is another specialist of the team.`,
        example,
        'cover',
      );
    await ctx.tx.staff.update({ where: { id: awayId }, data: { awayUntil: toDbDate(until), coverId: coverRow?.id ?? null } });
    await ctx.audit('staff.away', 'Staff', awayId, { awayUntil: until, coverId: coverRow?.id ?? null });
    const whose = target ? `${target.displayName} is` : 'You are';
    return messageReply([
      {
        kind: 'paragraph',
        text: `${whose} away until the end of ${describeDate(until, ctx.today)}: no reminders until then. ${
          coverRow
            ? `${coverRow.displayName} gets the follow-along and job-loss contacts that fall due, and can log them with /client met <ref> f2f.`
            : 'What falls due meanwhile comes in the first reminder back.'
        }`,
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
    await ctx.tx.staff.update({ where: { id: ctx.caller.id }, data: { awayUntil: null, coverId: null } });
    await ctx.audit('staff.back', 'Staff', ctx.caller.id);
    return messageReply([{ kind: 'paragraph', text: 'Welcome back: your daily reminders are on again.' }]);
  },
};
