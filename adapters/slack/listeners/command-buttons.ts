// A button in a bot message or the App Home runs its command as the person
// who pressed it, exactly as if they had typed it.
import type { App, BlockButtonAction } from '@slack/bolt';
import type { Core } from '../../../src/core/core.js';
import type { CommandQueue } from '../command-queue.js';
import { invocationOf } from '../invocation.js';
import type { Log } from '../log.js';
import { commandActionPrefix, readButtonValue } from '../render-blocks.js';
import { deliverReply, somethingWentWrong } from '../reply.js';

export function registerCommandButtons(app: App, core: Core, queue: CommandQueue, log: Log): void {
  app.action<BlockButtonAction>(
    { type: 'block_actions', action_id: new RegExp(`^${commandActionPrefix}`) },
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const run = readButtonValue(action.value);
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      const channelId = body.channel?.id;
      const caller = { teamId, userId: body.user.id, ...(channelId ? { channelId } : {}) };
      // Home tab buttons have no response_url; replies then go to the person's DM.
      const target = { client, userId: caller.userId, channelId, triggerId: body.trigger_id, ...(body.response_url ? { respond } : {}) };
      if (!run) {
        log(`slack: a button with an unreadable value was pressed (${action.action_id})`);
        return;
      }
      try {
        const invocation = invocationOf(core, caller, run.command, { kind: 'text', text: run.args }, `trigger:${body.trigger_id}`);
        const reply = await queue(() => core.router.handle(invocation));
        await deliverReply(reply, target);
      } catch (error) {
        log(`slack: button /${run.command} ${run.args} failed: ${String(error)}`);
        await deliverReply({ kind: 'error', message: somethingWentWrong }, target).catch(() => undefined);
      }
    },
  );
}
