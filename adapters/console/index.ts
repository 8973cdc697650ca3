// The terminal adapter: type commands as a roster member and read the replies
// in plain text. Reads piped input too (one command per line) and exits at its end.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Core } from '../../src/core/core.js';
import type { ConversationRef } from '../../src/core/platform.js';
import { parseLine } from './parse-line.js';
import { renderReply } from './render-text.js';
import { writeReplyFiles } from './write-files.js';

export { createConsoleMessenger } from './console-messenger.js';

export interface ConsoleOptions {
  as: string;
  input: Readable;
  output: Writable;
  interactive: boolean;
}

export async function runConsole(core: Core, options: ConsoleOptions): Promise<void> {
  let as = options.as;
  const out = options.output;
  const prompt = () => options.interactive && out.write(`${as}> `);
  const conversation: ConversationRef = { platform: 'console', workspace: 'local', channelId: 'terminal', isDirect: true };
  const lines = createInterface({ input: options.input, terminal: false });

  if (options.interactive) {
    out.write(`You are ${as}. Type /ips for help, /as <handle> to be someone else, Ctrl-D to leave.\n`);
  }
  prompt();
  for await (const line of lines) {
    const parsed = parseLine(line);
    if (!parsed) {
      prompt();
      continue;
    }
    if (!options.interactive) out.write(`${as}> ${line.trim()}\n`);
    if (parsed.command === 'as') {
      as = parsed.text || as;
      out.write(`You are now ${as}.\n`);
    } else if (parsed.command === 'quit' || parsed.command === 'exit') {
      break;
    } else {
      const reply = await core.router.handle({
        platform: 'console',
        userId: as,
        conversation,
        command: parsed.command,
        input: { kind: 'text', text: parsed.text },
        idempotencyKey: randomUUID(),
        receivedAt: core.clock.now(),
      });
      out.write(`${renderReply(reply)}\n${await writeReplyFiles(reply)}\n`);
      // Show what the command sent to others (a DM, a channel post) before the next prompt.
      await core.outbox.drain();
    }
    prompt();
  }
  lines.close();
}
