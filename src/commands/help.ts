// Help, made from the declarations: a command's help lists what the caller may
// do with it; `/ips` alone lists every command the caller may run.
import type { StaffRole } from '../generated/prisma/enums.js';
import type { Block, Message } from '../core/message.js';
import { message } from '../core/reply.js';
import type { Action, CommandDefinition } from './command.js';
import { actionName, mayRun, roleNames, type Registry } from './registry.js';

function usageLines(command: CommandDefinition, actions: readonly Action[]): string[] {
  const lines = actions.map((a) => `${a.usage}: ${a.summary}`);
  const main = actions.find((a) => a.words === '');
  if (main?.form) lines.push(`/${command.name} form: the same as a form (also /${command.name} alone)`);
  return lines;
}

export function commandHelp(command: CommandDefinition, role: StaffRole): Message {
  const mine = command.actions.filter((a) => mayRun(a, role));
  if (mine.length === 0) {
    const roles = [...new Set(command.actions.flatMap((a) => a.roles))].map((r) => roleNames[r]).join(' and ');
    return message([
      { kind: 'heading', text: `/${command.name}` },
      { kind: 'paragraph', text: `/${command.name} is for ${roles}; your role is ${role}.` },
    ]);
  }
  return message([
    { kind: 'heading', text: `/${command.name}: ${command.summary}` },
    { kind: 'list', items: usageLines(command, mine) },
    { kind: 'note', text: `For example: ${mine.flatMap((a) => a.examples.slice(0, 1)).join('  ·  ')}` },
  ]);
}

/** Everything the caller may run, one list per command. */
export function overview(registry: Registry, role: StaffRole): Message {
  const blocks: Block[] = [{ kind: 'heading', text: 'IPS bot: what you can do' }];
  for (const command of registry.commands) {
    // A main action that neither reads words nor has a form (/ips itself) is this list.
    const mine = command.actions.filter((a) => mayRun(a, role) && (a.words !== '' || a.takesWords || a.form));
    if (mine.length === 0) continue;
    blocks.push({
      kind: 'list',
      title: `/${command.name}: ${command.summary}`,
      items: mine.map((a) => `${a.words ? `${actionName(a)}: ` : ''}${a.summary} (e.g. ${a.examples[0]})`),
    });
  }
  blocks.push({ kind: 'note', text: 'Add "help" after a command for all its forms, e.g. /contact help.' });
  return message(blocks);
}

/** What follows the command in a menu hint: "<employer> [f2f|phone…]", or its actions' words ("add|met|show…"). */
export function commandHint(command: CommandDefinition): string {
  const main = command.actions.find((a) => a.words === '' && a.takesWords);
  if (main) return main.usage.replace(new RegExp(`^/${command.name}\\s*`), '');
  return (
    command.actions
      .filter((a) => a.words !== '')
      .map((a) => a.words)
      .join('|') || 'help'
  );
}

/** A command's first example, for menus. */
export function firstExample(command: CommandDefinition): string {
  return (command.actions.find((a) => a.words === '' && a.takesWords) ?? command.actions[0])?.examples[0] ?? `/${command.name}`;
}
