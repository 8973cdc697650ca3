// /celebrate undo: a specialist withdraws a celebration posted by mistake
// (wrong person, a job that fell through, consent given in error).
import { DomainError } from '../../core/domain-error.js';
import type { CommandInput, CommandReply } from '../../core/invocation.js';
import { messageReply } from '../../core/reply.js';
import { lastCelebrationOf, withdrawCelebration, withdrawWindowHours } from '../../celebrations/withdraw.js';
import type { CommandContext, CommandDefinition } from '../command.js';

const usage = ['/celebrate undo', '/celebrate help'];

async function undo(ctx: CommandContext): Promise<CommandReply> {
  const last = await lastCelebrationOf(ctx.tx, ctx.caller.id, ctx.now);
  if (!last) {
    throw new DomainError(
      'CELEBRATE.NOTHING_TO_UNDO',
      `You have no celebration from the last ${withdrawWindowHours} hours to withdraw. (To hold one back before it is posted, log the job start with "quiet".)`,
      '/celebrate undo',
    );
  }
  const { cancelled, deleted } = await withdrawCelebration(ctx.tx, last, ctx.now);
  await ctx.audit('celebration.withdraw', 'Celebration', last.id, { key: last.key, cancelled, deleted });
  const what =
    deleted > 0
      ? `It is being removed from ${deleted === 1 ? 'the channel' : `${deleted} channels`}${cancelled > 0 ? ` and will not be posted in ${cancelled} more` : ''}.`
      : cancelled > 0
        ? 'It had not been posted yet, and now will not be.'
        : 'It had no channel to be posted in, so there was nothing to remove.';
  return messageReply([
    { kind: 'heading', text: 'Celebration withdrawn' },
    { kind: 'paragraph', text: what },
  ]);
}

async function run(ctx: CommandContext, input: CommandInput): Promise<CommandReply> {
  const text = input.kind === 'text' ? input.text.trim().toLowerCase() : '';
  if (text === 'undo') return undo(ctx);
  if (text === '' || text === 'help') {
    return messageReply([
      { kind: 'heading', text: '/celebrate' },
      { kind: 'list', items: usage },
      {
        kind: 'paragraph',
        text: `Job starts and milestones are celebrated in the clinical team's channel automatically. /celebrate undo withdraws your most recent one (within ${withdrawWindowHours} hours).`,
      },
    ]);
  }
  throw new DomainError(
    'CELEBRATE.UNKNOWN',
    `"/celebrate ${text}" is not something the bot knows: the one thing /celebrate does is undo.`,
    '/celebrate undo',
  );
}

export const celebrate: CommandDefinition = {
  name: 'celebrate',
  summary: 'Withdraw a job-start or milestone celebration posted by mistake',
  usage,
  examples: ['/celebrate undo'],
  roles: ['specialist', 'supervisor'],
  run,
};
