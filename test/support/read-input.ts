// A typed line read the way the router reads it, without running anything:
// which action, and its input as the action's schema shapes it.
import { registry } from '../../src/app.js';
import type { LocalDate } from '../../src/core/local-date.js';

export function readInput(line: string, today: LocalDate): { action: string; input: unknown } {
  const m = /^\/?(\S+)\s*([\s\S]*)$/.exec(line.trim())!;
  const command = registry.command(m[1]!);
  if (!command) throw new Error(`no command in ${line}`);
  const resolved = registry.resolve(command, { kind: 'text', text: m[2]! }, { today });
  if (resolved.kind !== 'run') return { action: resolved.kind, input: undefined };
  return { action: resolved.action.words, input: resolved.action.validate(resolved.raw, { today }) };
}
