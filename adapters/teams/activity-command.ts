// The command a Teams message asks for. The bot's own @mention is already
// gone (Application removes it); mentions of other people become the core's
// <@AAD object id> form, read from the activity's mention entities.
import type { Activity, Mention, TurnContext } from 'botbuilder';
import { TeamsInfo } from 'botbuilder';
import { parseCommandLine } from '../../src/core/command-line.js';

async function aadObjectIdOf(context: TurnContext, mention: Mention): Promise<string> {
  const mentioned = mention.mentioned as Mention['mentioned'] & { aadObjectId?: string };
  if (mentioned.aadObjectId) return mentioned.aadObjectId;
  // Teams often names the user by their Teams id (29:…) only; the roster is keyed by AAD id.
  try {
    const member = await TeamsInfo.getMember(context, mentioned.id);
    return member.aadObjectId ?? mentioned.id;
  } catch {
    // The lookup needs the connector: without it, the id in the activity is what there is.
    return mentioned.id;
  }
}

export async function commandText(context: TurnContext): Promise<string> {
  const activity: Partial<Activity> = context.activity;
  let text = activity.text ?? '';
  const mentions = (activity.entities ?? []).filter(
    (e): e is Mention & { type: 'mention' } => e.type === 'mention',
  ) as unknown as Mention[];
  for (const mention of mentions) {
    if (mention.mentioned?.id === activity.recipient?.id || !mention.text || !text.includes(mention.text)) continue;
    text = text.replace(mention.text, `<@${await aadObjectIdOf(context, mention)}>`);
  }
  return text.trim();
}

/** "contact Perry's …" or "/contact Perry's …"; an empty message asks for help. */
export function parseCommand(text: string): { command: string; text: string } {
  return parseCommandLine(text) ?? { command: 'ips', text: '' };
}
