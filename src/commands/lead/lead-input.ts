// What a job lead is made of, for the typed line and the form alike.
import { z } from 'zod';
import { clientRefs, employerName, hoursPerWeek, notes, text } from '../input-fields.js';

export function leadInput() {
  return z.object({
    employer: employerName(),
    role: text('The role', 120, 2),
    hours: hoursPerWeek().optional(),
    pay: text('The pay', 40).optional(),
    clientRefs: clientRefs().default([]),
    notes: notes().optional(),
  });
}

export type LeadInput = z.output<ReturnType<typeof leadInput>>;

export function leadCloseInput() {
  return z.object({
    id: z.number({ required_error: 'Give the lead number, then filled or withdrawn.' }).int().positive(),
    status: z.enum(['filled', 'withdrawn']).default('filled'),
  });
}

/** "12 filled", "#12", "12 withdrawn" */
export function parseLeadClose(text: string): unknown {
  const m = /^#?(\d{1,9})(?:\s+(filled|withdrawn))?$/i.exec(text.trim());
  return m ? { id: Number(m[1]), status: m[2]?.toLowerCase() } : {};
}
