// The App Home tab: the person's week as the core tells it (`/ips me`), with
// buttons that open the forms they may use. Someone not on the roster is told
// how to get linked.
import type { types } from '@slack/bolt';
import { mayRun } from '../../src/commands/registry.js';
import type { CommandReply } from '../../src/core/invocation.js';
import type { Block } from '../../src/core/message.js';
import type { AdapterServices } from '../../src/core/platform-adapter.js';
import { invocationOf } from './invocation.js';
import { homeBlocksMax, renderBlocks } from './render-blocks.js';

/** What the home tab shows, first answer wins: the week, else this week's contacts, else help. */
const homeCommands = [
  { command: 'ips', text: 'me' },
  { command: 'contact', text: 'list' },
  { command: 'ips', text: '' },
] as const;

export async function homeView(services: AdapterServices, teamId: string, userId: string, deliveryId: string): Promise<types.HomeView> {
  const slackUser = { teamId, userId };
  const run = (command: string, text: string): Promise<CommandReply> =>
    services.handle(invocationOf(services, slackUser, command, { kind: 'text', text }, `home:${deliveryId}:${command} ${text}`));

  const role = await services.people.roleOf('slack', teamId, userId);
  const blocks: Block[] = [];
  if (!role) {
    const reply = await run(homeCommands[0].command, homeCommands[0].text);
    if (reply.kind !== 'form') blocks.push(...reply.message.blocks);
    blocks.push({
      kind: 'note',
      text: `Your Slack account <@${userId}> (member ID ${userId}) is not linked yet: an admin links it with /ips staff link @you <your roster handle>.`,
    });
  } else {
    for (const { command, text } of homeCommands) {
      const reply = await run(command, text);
      if (reply.kind === 'message') {
        blocks.push(...reply.message.blocks);
        break;
      }
    }
    const forms = services.registry.commands.flatMap((c) =>
      c.actions.filter((a) => a.form && mayRun(a, role)).map((a) => ({ command: c, action: a })),
    );
    if (forms.length) {
      blocks.push(
        { kind: 'divider' },
        {
          kind: 'buttons',
          buttons: forms.map(({ command, action }) => ({
            label: action.form!.title,
            command: command.name,
            args: action.words || 'form',
          })),
        },
      );
    }
  }
  return { type: 'home', blocks: renderBlocks(blocks, homeBlocksMax) };
}
