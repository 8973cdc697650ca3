// Everything that leaves the database is audited, reads included: who took
// what out (a summary, a timeline, an export) and how many rows it carried.
import type { Message } from '../core/message.js';
import type { CommandContext } from '../commands/command.js';

/** The rows of data a message shows: list items and label/value facts. */
export function rowsShown(message: Message): number {
  return message.blocks.reduce((n, b) => n + (b.kind === 'list' ? b.items.length : b.kind === 'facts' ? b.facts.length : 0), 0);
}

/** Records a read by the caller; the message is counted, never copied into the audit trail. */
export async function auditRead(
  ctx: Pick<CommandContext, 'audit'>,
  action: string,
  entity: string,
  entityId: string | number,
  message: Message,
  details: object = {},
): Promise<void> {
  await ctx.audit(action, entity, entityId, { ...details, rows: rowsShown(message) });
}
