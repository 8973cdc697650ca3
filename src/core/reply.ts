// Small builders for the replies every command sends, so that commands read
// as what they say rather than as object literals.
import type { CommandReply } from './invocation.js';
import type { Block, Message } from './message.js';
import { DomainError } from './domain-error.js';

/** Plain text of a block, for the message's fallback text. */
function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'note':
      return block.text;
    case 'facts':
      return block.facts.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'list':
      return [block.title, ...block.items.map((i) => `• ${i}`)].filter(Boolean).join('\n');
    case 'buttons':
      return block.buttons.map((b) => `[${b.label}: /${b.command} ${b.args}]`.replace(' ]', ']')).join(' ');
    case 'image':
      return `(picture: ${block.alt})`;
    case 'divider':
      return '';
  }
}

export function message(blocks: Block[], files?: Message['files']): Message {
  const text = blocks
    .map(blockText)
    .filter((t) => t !== '')
    .join('\n');
  return files ? { text, blocks, files } : { text, blocks };
}

export function messageReply(blocks: Block[]): CommandReply {
  return { kind: 'message', message: message(blocks) };
}

export function errorReply(error: DomainError): CommandReply {
  const blocks: Block[] = [{ kind: 'paragraph', text: error.message }];
  if (error.example) blocks.push({ kind: 'note', text: `For example: ${error.example}` });
  const reply: CommandReply = { kind: 'error', message: message(blocks) };
  if (error.field) reply.fieldErrors = { [error.field]: error.message };
  return reply;
}
