// A command's reply as the idempotency record keeps it, for a redelivery: the
// reply itself, or (for an action written in one statement) the result it was
// made from, with the action that makes it.
import { z } from 'zod';
import type { CommandReply } from './invocation.js';
import { formSpecSchema, messageSchema } from './message-schema.js';

const replySchema: z.ZodType<CommandReply> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('message'), message: messageSchema }),
  z.object({ kind: z.literal('form'), form: formSpecSchema }),
  z.object({ kind: z.literal('error'), message: messageSchema, fieldErrors: z.record(z.string()).optional() }),
]);

const storedResultSchema = z.object({ kind: z.literal('result'), command: z.string(), words: z.string(), result: z.unknown() });

/** A result kept in place of a reply: `/command words`'s reply is made from it. */
export type StoredResult = z.output<typeof storedResultSchema>;

/** Plain JSON: files are references (their bytes live in their own table), so a stored reply stays small. */
export function toStoredReply(reply: CommandReply): object {
  return replySchema.parse(reply);
}

export function parseStoredReply(json: unknown): CommandReply | StoredResult {
  const stored = storedResultSchema.safeParse(json);
  return stored.success ? stored.data : replySchema.parse(json);
}
