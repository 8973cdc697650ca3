// The bot as its own process (`main.ts` under tsx), as a container or a
// replica runs it: standard input is the terminal, standard output its
// conversation, standard error its log.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export interface BotProcess {
  stdout(): string;
  stderr(): string;
  write(text: string): void;
  kill(signal: NodeJS.Signals): void;
  readonly exited: Promise<number | null>;
  /** Resolves when GET <url> answers 200; fails if the process exits first. */
  untilAnswering(url: string, timeoutMs?: number): Promise<void>;
  /** Resolves when standard output holds `text` `count` times. */
  untilOutput(text: string, count?: number, timeoutMs?: number): Promise<void>;
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

async function poll(
  done: () => boolean | Promise<boolean>,
  failed: () => string | undefined,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    const failure = failed();
    if (failure) throw new Error(failure);
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function startBotProcess(args: string[], env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME!, LOG_LEVEL: 'warn', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const exitedEarly = () => (child.exitCode === null ? undefined : `the bot exited with ${child.exitCode}:\n${stderr}`);
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    write: (text) => child.stdin.write(text),
    kill: (signal) => child.kill(signal),
    exited,
    untilAnswering: (url, timeoutMs = 90_000) =>
      poll(
        () =>
          fetch(url).then(
            (res) => res.status === 200,
            () => false,
          ),
        exitedEarly,
        timeoutMs,
        `${url} did not answer`,
      ),
    untilOutput: (text, count = 1, timeoutMs = 90_000) =>
      poll(() => occurrences(stdout, text) >= count, exitedEarly, timeoutMs, `"${text}" ×${count} was not printed`).catch(
        (error: unknown) => {
          throw new Error(`${(error as Error).message}; the output ends:\n${stdout.slice(-1500)}\n${stderr.slice(-1500)}`);
        },
      ),
  };
}
