// A command's reply as the idempotency record keeps it, for a redelivery.
import { z } from 'zod';
import type { CommandReply } from './invocation.js';
import { formSpecSchema, messageSchema } from './message-schema.js';

const replySchema: z.ZodType<CommandReply> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('message'), message: messageSchema }),
  z.object({ kind: z.literal('form'), form: formSpecSchema }),
  z.object({ kind: z.literal('error'), message: messageSchema, fieldErrors: z.record(z.string()).optional() }),
]);

/** Plain JSON: files are references (their bytes live in their own table), so a stored reply stays small. */
export function toStoredReply(reply: CommandReply): object {
  return replySchema.parse(reply);
}

export function parseStoredReply(json: unknown): CommandReply {
  return replySchema.parse(json);
}
