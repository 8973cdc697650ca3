/**
 * A chat platform's name ("console" is the terminal adapter, then "slack",
 * "teams", …). It is data, not a list the core keeps: a new platform is a
 * folder under adapters/, its config section and one line in the composition
 * root, and nothing here changes.
 */
export type Platform = string;

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
