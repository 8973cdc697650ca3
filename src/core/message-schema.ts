// The message model's shape as a schema, for JSON read back from the database
// (stored replies, outbox rows): a row of the wrong shape is caught where it
// is read, not trusted into an adapter.
import { z } from 'zod';
import type { Block, FileAttachment, FormField, FormSpec, Message } from './message.js';

const commandButton = z.object({
  label: z.string(),
  command: z.string(),
  args: z.string(),
  style: z.enum(['primary', 'danger']).optional(),
});

export const blockSchema: z.ZodType<Block> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: z.string() }),
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
  z.object({ kind: z.literal('facts'), facts: z.array(z.object({ label: z.string(), value: z.string() })) }),
  z.object({ kind: z.literal('list'), title: z.string().optional(), items: z.array(z.string()) }),
  z.object({ kind: z.literal('note'), text: z.string() }),
  z.object({ kind: z.literal('divider') }),
  z.object({ kind: z.literal('buttons'), buttons: z.array(commandButton) }),
  z.object({ kind: z.literal('image'), file: z.string(), alt: z.string() }),
]);

const fileAttachment: z.ZodType<FileAttachment> = z.object({
  id: z.string(),
  name: z.string(),
  mimeType: z.string(),
  size: z.number(),
  title: z.string().optional(),
});

export const messageSchema: z.ZodType<Message> = z.object({
  text: z.string(),
  blocks: z.array(blockSchema),
  files: z.array(fileAttachment).optional(),
});

const formField: z.ZodType<FormField> = z.object({
  name: z.string(),
  label: z.string(),
  kind: z.enum(['text', 'multiline', 'date', 'choice']),
  required: z.boolean(),
  placeholder: z.string().optional(),
  hint: z.string().optional(),
  initial: z.string().optional(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  suggest: z.enum(['employers', 'caseload']).optional(),
});

export const formSpecSchema: z.ZodType<FormSpec> = z.object({
  command: z.string(),
  action: z.string(),
  title: z.string(),
  submitLabel: z.string(),
  fields: z.array(formField),
});
