// Adaptive Cards checked by Microsoft's own parser (the `adaptivecards`
// package, as Teams clients use it): a card that parser reports problems with
// is a card some Teams client shows wrongly or not at all.
import { createRequire } from 'node:module';

interface ValidationEvent {
  message: string;
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void; validateProperties(): { validationEvents: ValidationEvent[] } };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): ValidationEvent };
}

// The package's ES build imports files without extensions, which Node refuses; its bundle loads everywhere.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

/** The schema version Teams renders on every client. */
const maxVersion = 1.5;

export function adaptiveCardProblems(card: { version?: string } & Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (Number(card.version) > maxVersion) problems.push(`card version ${card.version} is above ${maxVersion}`);
  const context = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  return problems;
}

/** Teams refuses activities over about 100 KB; we hold ours under 80 KB. */
export const maxActivityBytes = 80_000;

export function teamsActivityProblems(activity: { attachments?: { contentType: string; content?: unknown }[] }): string[] {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(JSON.stringify(activity));
  if (bytes > maxActivityBytes) problems.push(`activity of ${bytes} bytes`);
  for (const attachment of activity.attachments ?? []) {
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') {
      problems.push(...adaptiveCardProblems(attachment.content as Record<string, unknown>));
    }
  }
  return problems;
}
