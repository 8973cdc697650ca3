// The App Home tab: the person's week as the core tells it (`/ips me`), with
// buttons that open the forms they may use. Someone not on the roster is told
// how to get linked.
import type { types } from '@slack/bolt';
import type { Core } from '../../src/core/core.js';
import type { CommandReply } from '../../src/core/invocation.js';
import type { Block } from '../../src/core/message.js';
import { findCaller } from '../../src/services/roster.js';
import { invocationOf } from './invocation.js';
import { homeBlocksMax, renderBlocks } from './render-blocks.js';

/** What the home tab shows, first answer wins: the week, else this week's contacts, else help. */
const homeCommands = [
  { command: 'ips', text: 'me' },
  { command: 'contact', text: 'list' },
  { command: 'ips', text: '' },
] as const;

export async function homeView(core: Core, teamId: string, userId: string, deliveryId: string): Promise<types.HomeView> {
  const slackUser = { teamId, userId };
  const run = (command: string, text: string): Promise<CommandReply> =>
    core.router.handle(invocationOf(core, slackUser, command, { kind: 'text', text }, `home:${deliveryId}:${command} ${text}`));

  const caller = await findCaller(core.db, 'slack', teamId, userId);
  const blocks: Block[] = [];
  if (!caller) {
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
    const forms = core.router.commands.filter((c) => c.roles.includes(caller.role) && c.usage.includes(`/${c.name} form`));
    if (forms.length) {
      blocks.push(
        { kind: 'divider' },
        { kind: 'buttons', buttons: forms.map((c) => ({ label: `/${c.name}: ${c.summary}`, command: c.name, args: 'form' })) },
      );
    }
  }
  return { type: 'home', blocks: renderBlocks(blocks, homeBlocksMax) };
}
