// Reading the cards the bot sent, as Teams would show them.
export type CardElement = Record<string, any>;

/** The Adaptive Card of a message activity the connector received. */
export function cardOf(activity: { attachments?: { contentType: string; content: any }[] }): CardElement {
  const card = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  if (!card) throw new Error(`no Adaptive Card in ${JSON.stringify(activity).slice(0, 300)}`);
  return card;
}

export const bodyOf = (card: CardElement): CardElement[] => card.body as CardElement[];

/** Every text on the card, in order (TextBlocks, and facts as "label: value"). */
export function textsOf(card: CardElement): string[] {
  const walk = (elements: CardElement[]): string[] =>
    elements.flatMap((e) => {
      if (e.type === 'TextBlock') return [e.text as string];
      if (e.type === 'FactSet') return (e.facts as { title: string; value: string }[]).map((f) => `${f.title}: ${f.value}`);
      if (Array.isArray(e.items)) return walk(e.items);
      return [];
    });
  return walk(bodyOf(card));
}

/** The card's inputs by id. */
export function findInputs(card: CardElement): Record<string, CardElement> {
  return Object.fromEntries(
    bodyOf(card)
      .filter((e) => typeof e.type === 'string' && e.type.startsWith('Input.'))
      .map((e) => [e.id, e]),
  );
}
