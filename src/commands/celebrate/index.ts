// /celebrate undo: a specialist withdraws a celebration posted by mistake
// (wrong person, a job that fell through, consent given in error).
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { messageReply } from '../../core/reply.js';
import { lastCelebrationOf, withdrawCelebration, withdrawWindowHours } from '../../celebrations/withdraw.js';
import { defineCommand } from '../action.js';
import type { CommandContext } from '../command.js';
import { nothing } from '../input-fields.js';

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

export const celebrate = defineCommand('celebrate', 'Withdraw a job-start or milestone celebration posted by mistake', (action) => [
  action({
    words: 'undo',
    summary: `withdraw your most recent celebration (within ${withdrawWindowHours} hours)`,
    usage: '/celebrate undo',
    examples: ['/celebrate undo'],
    roles: ['specialist', 'supervisor'],
    input: nothing,
    run: undo,
  }),
]);
