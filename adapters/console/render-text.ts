// Renders the core's messages as plain text, as a person reads them in a terminal.
import type { CommandReply } from '../../src/core/invocation.js';
import type { Block, FormSpec, Message } from '../../src/core/message.js';

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

function renderForm(form: FormSpec): string {
  const lines = form.fields.map((f) => {
    const options = f.options?.length
      ? `: ${f.options
          .slice(0, 8)
          .map((o) => o.value)
          .join(' | ')}${f.options.length > 8 ? ' | …' : ''}`
      : '';
    return `  • ${f.label}${f.required ? '' : ' (optional)'}${options}`;
  });
  return [
    `${form.title}`,
    'In Slack and Teams this opens a form with these fields:',
    ...lines,
    `In the terminal, type it on one line instead: /${form.command} help shows how.`,
  ].join('\n');
}

export function renderReply(reply: CommandReply): string {
  if (reply.kind === 'form') return renderForm(reply.form);
  const text = renderMessage(reply.message);
  return reply.kind === 'error' ? `✗ ${text}` : text;
}
