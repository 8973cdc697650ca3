// An outbox row's JSON as schemas: what is stored is checked where it is read
// back, so a row of the wrong shape fails that one message, named, instead of
// reaching a platform as something it is not.
import { z } from 'zod';
import { messageSchema } from '../core/message-schema.js';
import type { PostedRef } from '../core/messenger.js';
import type { OutboxRecipient, RenderSpec, StoredAnonymise, StoredRender, StoredWithdrawal } from './outbox.js';

const conversation = z.object({
  platform: z.string(),
  workspace: z.string(),
  channelId: z.string(),
  threadId: z.string().optional(),
  isDirect: z.boolean(),
});

export const recipientSchema: z.ZodType<OutboxRecipient> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('conversation'), conversation }),
  z.object({ kind: z.literal('direct'), platform: z.string(), userId: z.string() }),
  z.object({ kind: z.literal('staff'), staffId: z.number().int() }),
  z.object({ kind: z.literal('thread'), conversation, thread: z.string() }),
]);

const withdrawalSchema: z.ZodType<StoredWithdrawal> = z.object({ withdraw: z.string() });

const renderSpecSchema: z.ZodType<RenderSpec> = z.object({ kind: z.string() }).passthrough();
const renderSchema: z.ZodType<StoredRender> = z.object({
  render: renderSpecSchema,
  sent: messageSchema.optional(),
  named: z.boolean().optional(),
});
const anonymiseSchema: z.ZodType<StoredAnonymise> = z.object({ anonymise: z.string() });

/** What a row holds: a message to post, one to draw up when it is sent, or the withdrawal or anonymising edit of one posted earlier. */
export const outboxBodySchema = z.union([withdrawalSchema, anonymiseSchema, renderSchema, messageSchema]);

export const postedRefSchema: z.ZodType<PostedRef> = z.object({ platform: z.string(), channelId: z.string(), messageId: z.string() });
