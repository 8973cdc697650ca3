// The core's messages as Block Kit, readable on a phone, with the plain text
// as the notification and screen-reader fallback.
import type { types } from '@slack/bolt';
import type { Block, CommandButton, Message } from '../../src/core/message.js';
import { clip, escapeMrkdwn } from './mrkdwn.js';

type KnownBlock = types.KnownBlock;

// Block Kit's limits (https://docs.slack.dev/reference/block-kit/blocks).
const sectionTextMax = 3000;
const fieldsPerSection = 10;
const fieldTextMax = 2000;
const headerTextMax = 150;
const buttonsPerActions = 25;
const buttonLabelMax = 75;
const buttonValueMax = 2000;
const contextTextMax = 3000;
export const messageBlocksMax = 50;
export const homeBlocksMax = 100;

/** Buttons carry the command they run; their action ids all start with this. */
export const commandActionPrefix = 'run:';

export function buttonValue(button: CommandButton): string {
  return JSON.stringify({ command: button.command, args: button.args });
}

/** The command a pressed button runs, or undefined for a value that is not ours. */
export function readButtonValue(value: string | undefined): { command: string; args: string } | undefined {
  try {
    const parsed = JSON.parse(value ?? '') as unknown;
    if (parsed && typeof parsed === 'object' && 'command' in parsed && 'args' in parsed) {
      const { command, args } = parsed as Record<string, unknown>;
      if (typeof command === 'string' && typeof args === 'string') return { command, args };
    }
  } catch {
    // Not JSON: not one of our buttons.
  }
  return undefined;
}

const mrkdwn = (text: string, max = sectionTextMax) => ({ type: 'mrkdwn' as const, text: clip(text, max) });

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function renderBlock(block: Block, index: number): KnownBlock[] {
  switch (block.kind) {
    case 'heading':
      return [{ type: 'header', text: { type: 'plain_text', text: clip(block.text, headerTextMax), emoji: true } }];
    case 'paragraph':
      return [{ type: 'section', text: mrkdwn(escapeMrkdwn(block.text)) }];
    case 'facts':
      return chunks(block.facts, fieldsPerSection).map((facts) => ({
        type: 'section',
        fields: facts.map((f) => mrkdwn(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, fieldTextMax)),
      }));
    case 'list': {
      const lines = block.items.map((i) => `• ${escapeMrkdwn(i)}`);
      const text = [block.title ? `*${escapeMrkdwn(block.title)}*` : undefined, ...lines].filter(Boolean).join('\n');
      return [{ type: 'section', text: mrkdwn(text) }];
    }
    case 'note':
      return [{ type: 'context', elements: [mrkdwn(escapeMrkdwn(block.text), contextTextMax)] }];
    case 'divider':
      return [{ type: 'divider' }];
    case 'buttons':
      return chunks(block.buttons, buttonsPerActions).map((buttons, part) => ({
        type: 'actions',
        elements: buttons.map((b, i) => ({
          type: 'button',
          // Unique within the message, as Slack requires.
          action_id: `${commandActionPrefix}${index}.${part}.${i}`,
          text: { type: 'plain_text', text: clip(b.label, buttonLabelMax), emoji: true },
          value: clip(buttonValue(b), buttonValueMax),
          ...(b.style ? { style: b.style } : {}),
        })),
      }));
    case 'image':
      // The picture itself is uploaded as a file next to the message
      // (see slack-messenger.ts): an image block needs a public URL.
      return [{ type: 'context', elements: [mrkdwn(`:frame_with_picture: ${escapeMrkdwn(block.alt)}`, contextTextMax)] }];
  }
}

export function renderBlocks(blocks: readonly Block[], max = messageBlocksMax): KnownBlock[] {
  const out = blocks.flatMap((b, i) => renderBlock(b, i));
  if (out.length <= max) return out;
  return [...out.slice(0, max - 1), { type: 'context', elements: [mrkdwn('(There is more: shortened to fit Slack.)')] }];
}

/** Text and blocks for chat.postMessage, chat.update, respond and ephemeral posts. */
export function renderMessage(message: Message): { text: string; blocks: KnownBlock[] } {
  return { text: clip(escapeMrkdwn(message.text), 4000), blocks: renderBlocks(message.blocks) };
}
