// One slash command per core command, registered from the registry so that
// Slack and the core cannot drift apart. Slack waits 3 seconds for the ack, so
// the ack goes first and the work after it.
import type { App } from '@slack/bolt';
import type { AdapterServices } from '../../../src/core/platform-adapter.js';
import { unescapeSlackText } from '../mrkdwn.js';
import { runSlackCommand } from '../run-command.js';

export function registerSlashCommands(app: App, services: AdapterServices): void {
  for (const definition of services.registry.commands) {
    app.command(`/${definition.name}`, async ({ command, ack, respond, client }) => {
      await ack();
      const caller = { teamId: command.team_id, userId: command.user_id, channelId: command.channel_id };
      await runSlackCommand(
        services,
        caller,
        definition.name,
        { kind: 'text', text: unescapeSlackText(command.text) },
        `trigger:${command.trigger_id}`,
        {
          client,
          files: services.files,
          userId: caller.userId,
          channelId: caller.channelId,
          respond,
          triggerId: command.trigger_id,
        },
      );
    });
  }
}
