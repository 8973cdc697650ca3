// Job leads: vacancies a specialist found, shared with the vocational unit.
import type { Tx } from '../db/tx.js';
import type { Message } from '../core/message.js';
import { message } from '../core/reply.js';
import type { OutboundMessage } from '../outbox/outbox.js';

/** What a lead's channel post may carry. */
export interface LeadPost {
  role: string;
  employer: string;
  hours?: number;
}

export function leadLine(lead: { role: string; employer: string; hours?: number | string | null; pay?: string | null }): string {
  const hours = lead.hours === undefined || lead.hours === null ? '' : `, ${lead.hours}${/h/.test(String(lead.hours)) ? '' : 'h'}`;
  return `${lead.role} at ${lead.employer}${hours}${lead.pay ? `, ${lead.pay}` : ''}`;
}

/**
 * What the unit's channel sees: the role, the employer, the hours and the lead
 * number, never who it is meant for, the pay or the notes (they stay with the
 * specialist, and may say more about a person than a channel should).
 */
export function leadShareMessage(lead: LeadPost, specialistName: string, leadId: number): Message {
  return message([
    { kind: 'heading', text: `New job lead #${leadId}` },
    { kind: 'paragraph', text: `${leadLine({ role: lead.role, employer: lead.employer, hours: lead.hours })}.` },
    { kind: 'note', text: `Someone in mind? Talk to ${specialistName}.` },
  ]);
}

/** One message per channel bound to the unit, on every platform it is bound on. */
export async function leadShares(tx: Tx, unitId: number, leadId: number, body: Message): Promise<OutboundMessage[]> {
  const bindings = await tx.channelBinding.findMany({ where: { unitId }, orderBy: { id: 'asc' } });
  return bindings.map((b) => ({
    dedupeKey: `lead:${leadId}:${b.id}`,
    to: { kind: 'conversation', conversation: { platform: b.platform, workspace: b.workspace, channelId: b.channelId, isDirect: false } },
    message: body,
  }));
}
