// The Bot Connector client retries by itself: up to three times on 5xx, and on
// 429 it sleeps for the whole Retry-After. Inside the outbox that would hold
// every other message back for minutes, and the outbox already retries with
// backoff (and keeps the message across restarts), so the client's own retry
// policy is taken out of each turn's connector client.
import type { Middleware, TurnContext } from 'botbuilder';

interface WithPipeline {
  /** ServiceClientContext keeps its @azure/core-client ServiceClient here (declared private). */
  client?: { pipeline?: { removePolicy(options: { phase: 'Retry' }): unknown } };
}

export const noClientRetries: Middleware = {
  async onTurn(context: TurnContext, next: () => Promise<void>) {
    const connector = context.turnState.get<WithPipeline | undefined>(context.adapter.ConnectorClientKey);
    connector?.client?.pipeline?.removePolicy({ phase: 'Retry' });
    await next();
  },
};
