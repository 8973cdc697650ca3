// Job leads: vacancies a specialist found, shared with the vocational unit.
import type { Tx } from '../db/tx.js';
import type { Message } from '../core/message.js';
import { message } from '../core/reply.js';
import type { OutboundMessage } from '../outbox/outbox.js';

export interface LeadSummary {
  role: string;
  employer: string;
  hours?: number;
  pay?: string;
  notes?: string;
  peopleCount: number;
}

export function leadLine(lead: { role: string; employer: string; hours?: number | string | null; pay?: string | null }): string {
  const hours = lead.hours === undefined || lead.hours === null ? '' : `, ${lead.hours}${/h/.test(String(lead.hours)) ? '' : 'h'}`;
  return `${lead.role} at ${lead.employer}${hours}${lead.pay ? `, ${lead.pay}` : ''}`;
}

/** What the unit's channel sees: the vacancy, never who it is meant for. */
export function leadShareMessage(lead: LeadSummary, specialistName: string, leadId: number): Message {
  return message([
    { kind: 'heading', text: 'New job lead' },
    { kind: 'paragraph', text: `${leadLine(lead)} (from ${specialistName}).` },
    ...(lead.notes ? [{ kind: 'note' as const, text: lead.notes }] : []),
    {
      kind: 'note',
      text: `${lead.peopleCount ? `Noted for ${lead.peopleCount} ${lead.peopleCount === 1 ? 'person' : 'people'}. ` : ''}Someone in mind? Talk to ${specialistName}. Lead #${leadId}.`,
    },
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
