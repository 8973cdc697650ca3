// Every command and action the bot has, and how a typed line or a submitted
// form picks one: the action's own words first ("close 12 filled"), then
// "help" and "form", then the command's main action with the whole line.
import type { StaffRole } from '../generated/prisma/enums.js';
import { DomainError } from '../core/domain-error.js';
import type { CommandInput } from '../core/invocation.js';
import type { Action, CommandDefinition, InputEnv } from './command.js';

/** What a command's input asks for, once it is read. */
export type Resolved =
  { kind: 'help'; command: CommandDefinition } | { kind: 'form'; action: Action } | { kind: 'run'; action: Action; raw: unknown };

export interface Registry {
  readonly commands: readonly CommandDefinition[];
  command(name: string): CommandDefinition | undefined;
  /** Reads the input: which action, and its raw input (DomainError when the words are wrong). */
  resolve(command: CommandDefinition, input: CommandInput, env: InputEnv): Resolved;
}

export const roleNames: Record<StaffRole, string> = {
  specialist: 'employment specialists',
  supervisor: 'IPS supervisors',
  clinician: 'clinicians',
  admin: 'admins',
};

/** "/client add" */
export const actionName = (action: Action): string => `/${action.command}${action.words ? ` ${action.words}` : ''}`;

export function mayRun(action: Action, role: StaffRole): boolean {
  return action.roles.includes(role);
}

export function roleRefusal(action: Action, role: StaffRole): DomainError {
  const who = action.roles.map((r) => roleNames[r]).join(' and ');
  return new DomainError('ROLE.FORBIDDEN', `${actionName(action)} is for ${who}; your role is ${role}.`);
}

/** Words that pick something other than the main action: a name starting with one needs quotes. */
const reservedWords = ['help', 'form'] as const;

function startsWithWords(lower: string, words: string): boolean {
  return lower === words || lower.startsWith(`${words} `);
}

/** True when the main action's line starts with an employer's name, which may be any words at all. */
const startsWithName = (main: Action | undefined) => main?.takesWords === true && main.form?.fields[0]?.kind === 'employer';

function takesNothing(command: CommandDefinition, words: string, typed: string, main: Action | undefined): DomainError {
  const quoteHint = startsWithName(main)
    ? ` An employer whose name starts with "${words}" goes in quotes: /${command.name} "${typed}" …`
    : '';
  return new DomainError(
    `${command.name.toUpperCase()}.USAGE`,
    `/${command.name} ${words} takes nothing after it.${quoteHint}`,
    `/${command.name} help`,
  );
}

export function createRegistry(commands: readonly CommandDefinition[]): Registry {
  const byName = new Map<string, CommandDefinition>();
  for (const command of commands) {
    if (byName.has(command.name)) throw new Error(`Command /${command.name} is declared twice`);
    const words = command.actions.map((a) => a.words);
    const repeated = words.find((w, i) => words.indexOf(w) !== i);
    if (repeated !== undefined) throw new Error(`/${command.name} declares the action "${repeated}" twice`);
    const clash = words.find((w) => (reservedWords as readonly string[]).includes(w));
    if (clash) throw new Error(`/${command.name} declares an action "${clash}", a word every command keeps for itself`);
    byName.set(command.name, command);
  }

  function resolve(command: CommandDefinition, input: CommandInput, env: InputEnv): Resolved {
    const main = command.actions.find((a) => a.words === '');
    if (input.kind === 'form') {
      const action = command.actions.find((a) => a.words === (input.action ?? '') && a.form);
      if (!action) throw new DomainError('FORM.UNKNOWN', `/${command.name} has no such form: open it again.`, `/${command.name} help`);
      return { kind: 'run', action, raw: input.values };
    }
    const text = input.text.trim();
    const lower = text.toLowerCase().replace(/\s+/g, ' ');
    // Longest first: "staff link" before "staff".
    const named = command.actions.filter((a) => a.words !== '').sort((a, b) => b.words.length - a.words.length);
    const action = named.find((a) => startsWithWords(lower, a.words));
    if (action) {
      const rest = text.slice(action.words.length).trim();
      if (rest === '' && action.form) return { kind: 'form', action };
      if (rest !== '' && !action.takesWords) throw takesNothing(command, action.words, text, main);
      return { kind: 'run', action, raw: action.parse(rest, env) };
    }
    for (const word of reservedWords) {
      if (startsWithWords(lower, word) && lower !== word) throw takesNothing(command, word, text, main);
    }
    if (lower === 'help') return { kind: 'help', command };
    if (lower === 'form' || text === '') {
      if (main?.form) return { kind: 'form', action: main };
      if (main && !main.takesWords) return { kind: 'run', action: main, raw: {} };
      return { kind: 'help', command };
    }
    if (!main?.takesWords) {
      const first = text.split(/\s+/)[0]!;
      throw new DomainError(
        `${command.name.toUpperCase()}.UNKNOWN`,
        `"/${command.name} ${first}" is not something the bot knows. /${command.name} can: ${named.map((a) => a.words).join(', ')}.`,
        named.length === 1 ? named[0]!.examples[0] : `/${command.name} help`,
      );
    }
    return { kind: 'run', action: main, raw: main.parse(text, env) };
  }

  return { commands, command: (name) => byName.get(name), resolve };
}
