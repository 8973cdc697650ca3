// botbuilder's TestAdapter with the two proactive calls it lacks, so that the
// real Teams AI application can be driven turn by turn without any HTTP.
import { TestAdapter, TurnContext, type Activity, type ConversationParameters, type ConversationReference } from 'botbuilder';

export class ProactiveTestAdapter extends TestAdapter {
  /** Conversations opened through createConversationAsync, with their parameters. */
  readonly created: { id: string; parameters: ConversationParameters }[] = [];

  override async continueConversationAsync(...args: unknown[]): Promise<void> {
    const reference = args[1] as Partial<ConversationReference>;
    const logic = args[args.length - 1] as (context: TurnContext) => Promise<void>;
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'ContinueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async createConversationAsync(
    _botAppId: string,
    channelId: string,
    serviceUrl: string,
    _audience: string,
    parameters: ConversationParameters,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const id = `a:created-${this.created.length + 1}`;
    this.created.push({ id, parameters });
    const activity: Partial<Activity> = {
      type: 'event',
      name: 'CreateConversation',
      channelId,
      serviceUrl,
      conversation: { id, isGroup: false, conversationType: 'personal', name: '' },
    };
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
