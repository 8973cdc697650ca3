// The terminal adapter: type commands as a roster member and read the replies
// in plain text; a form is asked for field by field. Reads piped input too
// (one command per line) and is done at its end.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseCommandLine } from '../../src/core/command-line.js';
import type { CommandInput } from '../../src/core/invocation.js';
import type { AdapterServices, PlatformAdapter } from '../../src/core/platform-adapter.js';
import type { ConversationRef } from '../../src/core/platform.js';
import { createConsoleMessenger } from './console-messenger.js';
import { askForm } from './form-prompts.js';
import { renderReply } from './render-text.js';
import { writeMessageFiles } from './write-files.js';

export interface ConsoleOptions {
  as: string;
  input: Readable;
  output: Writable;
  interactive: boolean;
  /** Where files are written (default "out"). */
  filesDir?: string;
}

export interface ConsoleAdapter extends PlatformAdapter {
  /** Resolves when the input has ended (or /quit) and the last reply was printed. */
  readonly done: Promise<void>;
}

const conversation: ConversationRef = { platform: 'console', workspace: 'local', channelId: 'terminal', isDirect: true };

export function createConsoleAdapter(services: AdapterServices, options: ConsoleOptions): ConsoleAdapter {
  const out = options.output;
  const write = (text: string) => void out.write(text);
  const messenger = createConsoleMessenger(out, services.files, options.filesDir);
  let as = options.as;
  let finish: () => void = () => {};
  // Set by stop(): lines already read but not yet run are dropped, as a
  // platform adapter drops requests that arrive after it stopped taking work.
  let stopping = false;
  const reader = createInterface({ input: options.input, terminal: false });
  const done = new Promise<void>((resolve) => (finish = resolve));

  const run = (command: string, input: CommandInput) =>
    services.handle({
      platform: 'console',
      userId: as,
      conversation,
      command,
      input,
      idempotencyKey: randomUUID(),
      receivedAt: services.clock.now(),
    });

  async function loop(): Promise<void> {
    const lines = reader[Symbol.asyncIterator]();
    const nextLine = async () => {
      const next = await lines.next();
      return next.done ? undefined : next.value;
    };
    const prompt = () => options.interactive && write(`${as}> `);
    if (options.interactive) write(`You are ${as}. Type /ips for help, /as <handle> to be someone else, Ctrl-D to leave.\n`);
    prompt();
    let pending = await nextLine();
    while (pending !== undefined && !stopping) {
      const line = pending;
      pending = undefined;
      const parsed = parseCommandLine(line);
      if (parsed) {
        if (!options.interactive) write(`${as}> ${line.trim()}\n`);
        if (parsed.command === 'quit' || parsed.command === 'exit') break;
        if (parsed.command === 'as') {
          as = parsed.text || as;
          write(`You are now ${as}.\n`);
        } else {
          let reply = await run(parsed.command, { kind: 'text', text: parsed.text });
          if (reply.kind === 'form') {
            const outcome = await askForm(reply.form, write, nextLine, !options.interactive);
            if (outcome.kind === 'submitted') {
              reply = await run(reply.form.command, { kind: 'form', action: reply.form.action, values: outcome.values });
            } else {
              write('(form cancelled: nothing was saved)\n');
              if (outcome.kind === 'ended') break;
              // A command typed instead of an answer runs next.
              pending = outcome.line;
            }
          }
          if (reply.kind !== 'form') {
            write(`${renderReply(reply)}\n${await writeMessageFiles(reply.message, services.files, options.filesDir)}\n`);
            // Show what the command sent to others (a DM, a channel post) before the next prompt.
            await services.drainOutbox();
          }
        }
      }
      prompt();
      pending ??= await nextLine();
    }
  }

  return {
    platform: 'console',
    messenger,
    done,
    async start() {
      loop().then(finish, (error: unknown) => {
        services.log.error({ error: (error as Error).name }, 'terminal stopped');
        finish();
      });
    },
    async stop() {
      stopping = true;
      // Closing the reader ends a wait for the next line; destroying the input alone does not.
      reader.close();
      options.input.destroy();
      await done;
    },
    status: () => ({ state: 'ready' }),
  };
}
