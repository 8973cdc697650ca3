/** The chat platforms the bot speaks on; "console" is the terminal adapter. */
export const platforms = ['console', 'slack', 'teams'] as const;
export type Platform = (typeof platforms)[number];

/** Where a command was typed, or where a message goes: enough for any adapter to reply. */
export interface ConversationRef {
  platform: Platform;
  /** Slack team id, Teams tenant id, "local" for the terminal. */
  workspace: string;
  /** Slack channel id (C…, D… for a direct message), Teams conversation id, terminal channel name. */
  channelId: string;
  /** Slack thread ts, Teams reply chain id. */
  threadId?: string;
  /** A one-to-one chat between the bot and one person. */
  isDirect: boolean;
}
