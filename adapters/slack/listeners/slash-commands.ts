// One slash command per core command, registered from the core's own list so
// that Slack and the core cannot drift apart. Slack waits 3 seconds for the
// ack, so the ack goes first and the work after it.
import type { App } from '@slack/bolt';
import type { Core } from '../../../src/core/core.js';
import type { CommandQueue } from '../command-queue.js';
import { invocationOf } from '../invocation.js';
import { unescapeSlackText } from '../mrkdwn.js';
import { deliverReply, somethingWentWrong } from '../reply.js';
import type { Log } from '../log.js';

export function registerSlashCommands(app: App, core: Core, queue: CommandQueue, log: Log): void {
  for (const definition of core.router.commands) {
    app.command(`/${definition.name}`, async ({ command, ack, respond, client }) => {
      await ack();
      const caller = { teamId: command.team_id, userId: command.user_id, channelId: command.channel_id };
      const target = { client, userId: caller.userId, channelId: caller.channelId, respond, triggerId: command.trigger_id };
      try {
        const invocation = invocationOf(
          core,
          caller,
          definition.name,
          { kind: 'text', text: unescapeSlackText(command.text) },
          `trigger:${command.trigger_id}`,
        );
        const reply = await queue(() => core.router.handle(invocation));
        await deliverReply(reply, target);
      } catch (error) {
        log(`slack: /${definition.name} failed: ${String(error)}`);
        await deliverReply({ kind: 'error', message: somethingWentWrong }, target).catch(() => undefined);
      }
    });
  }
}
