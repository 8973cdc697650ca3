// /celebrate undo: a specialist withdraws a celebration posted by mistake
// (wrong person, a job that fell through, consent given in error).
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { messageReply } from '../../core/reply.js';
import { lastCelebrationOf, withdrawCelebration, withdrawWindowHours } from '../../celebrations/withdraw.js';
import { defineCommand } from '../action.js';
import type { CommandContext } from '../command.js';
import { nothing } from '../input-fields.js';
import { anonymisePosts, namedPostsAbout } from '../../celebrations/anonymise.js';
import { parseRefOnly } from '../../grammar/client-grammar.js';
import { findClientForCaller } from '../../services/caseload.js';
import { clientRefInput } from '../client/client-input.js';

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

const anonymiseExample = '/celebrate anonymise SJ-14';

/** Edits the posts that named a person to the anonymous form (their consent was withdrawn after posting). */
async function anonymise(ctx: CommandContext, { clientRef }: { clientRef: string }): Promise<CommandReply> {
  const client = await findClientForCaller(ctx.tx, ctx.caller, clientRef, anonymiseExample);
  const keys = await namedPostsAbout(ctx.tx, client.id);
  if (keys.length === 0) return messageReply([{ kind: 'paragraph', text: `No post still up names ${client.ref}: nothing to edit.` }]);
  const queued = await anonymisePosts(ctx.tx, keys, ctx.invocation.idempotencyKey, ctx.now);
  await ctx.audit('celebration.anonymise', 'Client', client.id, { posts: queued });
  return messageReply([
    { kind: 'heading', text: 'Celebrations made anonymous' },
    {
      kind: 'paragraph',
      text: `${queued === 1 ? 'One post' : `${queued} posts`} about ${client.ref} will be edited to name no one (and no employer).`,
    },
  ]);
}

export const celebrate = defineCommand('celebrate', 'Withdraw a celebration posted by mistake, or make posted ones anonymous', (action) => [
  action({
    words: 'undo',
    summary: `withdraw your most recent celebration (within ${withdrawWindowHours} hours)`,
    usage: '/celebrate undo',
    examples: ['/celebrate undo'],
    roles: ['specialist', 'supervisor'],
    input: nothing,
    run: undo,
  }),
  action({
    words: 'anonymise',
    summary: 'edit posted celebrations that name a person to the anonymous form (consent withdrawn)',
    usage: '/celebrate anonymise <client ref>',
    examples: [anonymiseExample],
    roles: ['specialist', 'supervisor'],
    input: clientRefInput,
    parse: parseRefOnly(anonymiseExample),
    run: anonymise,
  }),
]);
