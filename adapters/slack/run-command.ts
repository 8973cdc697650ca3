// One command from Slack, start to finish: run it, answer where it was asked,
// and if Slack will not take the answer now, hand it to the outbox so it still
// arrives (the command itself was saved).
import type { CommandInput } from '../../src/core/invocation.js';
import type { AdapterServices } from '../../src/core/platform-adapter.js';
import { message } from '../../src/core/reply.js';
import { invocationOf, type SlackCaller } from './invocation.js';
import { deliverReply, type ReplyTarget } from './reply.js';

const formExpired = (command: string) =>
  message([{ kind: 'paragraph', text: `Slack did not open the /${command} form in time. Please run /${command} again.` }]);

export async function runSlackCommand(
  services: AdapterServices,
  caller: SlackCaller,
  command: string,
  input: CommandInput,
  deliveryId: string,
  target: ReplyTarget,
): Promise<void> {
  const invocation = invocationOf(services, caller, command, input, deliveryId);
  const reply = await services.handle(invocation);
  try {
    await deliverReply(reply, target);
  } catch (error) {
    services.log.warn({ platform: 'slack', command, error: (error as Error).name }, 'reply not delivered in the request: queued');
    // A form cannot wait (its trigger lasts 3 s): the person is told to open it again.
    const later = reply.kind === 'form' ? formExpired(command) : reply.message;
    await services.sendLater({ kind: 'direct', platform: 'slack', userId: caller.userId }, later, `slack:${caller.teamId}:${deliveryId}`);
  }
}
