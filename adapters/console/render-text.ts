// Renders the core's messages as plain text, as a person reads them in a terminal.
import type { CommandReply } from '../../src/core/invocation.js';
import type { Block, Message } from '../../src/core/message.js';

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${block.text}\n${'─'.repeat(Math.min(block.text.length, 60))}`;
    case 'paragraph':
      return block.text;
    case 'note':
      return `  (${block.text})`;
    case 'facts': {
      const width = Math.max(...block.facts.map((f) => f.label.length));
      return block.facts.map((f) => `  ${f.label.padEnd(width)}  ${f.value}`).join('\n');
    }
    case 'list':
      return [block.title, ...block.items.map((i) => `  • ${i}`)].filter(Boolean).join('\n');
    case 'divider':
      return '';
    case 'buttons':
      return block.buttons.map((b) => `  [${b.label}]  type: /${b.command} ${b.args}`.trimEnd()).join('\n');
    case 'image':
      return `  (picture: ${block.alt}; file ${block.file})`;
  }
}

export function renderMessage(message: Message): string {
  return message.blocks.map(renderBlock).join('\n');
}

/** A message or error reply as text (forms are asked for field by field, see form-prompts.ts). */
export function renderReply(reply: Exclude<CommandReply, { kind: 'form' }>): string {
  const text = renderMessage(reply.message);
  return reply.kind === 'error' ? `✗ ${text}` : text;
}
