// A button in a bot message or the App Home runs its command as the person
// who pressed it, exactly as if they had typed it.
import type { App, BlockButtonAction } from '@slack/bolt';
import type { AdapterServices } from '../../../src/core/platform-adapter.js';
import { commandActionPrefix, readButtonValue } from '../render-blocks.js';
import { runSlackCommand } from '../run-command.js';

export function registerCommandButtons(app: App, services: AdapterServices): void {
  app.action<BlockButtonAction>(
    { type: 'block_actions', action_id: new RegExp(`^${commandActionPrefix}`) },
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const run = readButtonValue(action.value);
      if (!run) {
        services.log.warn({ platform: 'slack', actionId: action.action_id }, 'a button with an unreadable value was pressed');
        return;
      }
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      const channelId = body.channel?.id;
      const caller = { teamId, userId: body.user.id, ...(channelId ? { channelId } : {}) };
      // Home tab buttons have no response_url; replies then go to the person's DM.
      await runSlackCommand(services, caller, run.command, { kind: 'text', text: run.args }, `trigger:${body.trigger_id}`, {
        client,
        files: services.files,
        userId: caller.userId,
        ...(channelId ? { channelId } : {}),
        triggerId: body.trigger_id,
        ...(body.response_url ? { respond } : {}),
      });
    },
  );
}
