// The team-meeting agenda names people (by reference), so like a celebration
// it is queued as facts (which unit, which week) and drawn up when it is sent:
// a reference renamed, a person erased or a case closed in between shows as
// it stands when the agenda reaches the channel.
import { z } from 'zod';
import type { Db } from '../db/database.js';
import type { Renderer } from '../outbox/dispatcher.js';
import type { RenderSpec } from '../outbox/outbox.js';
import { buildAgenda } from './agenda.js';
import { periodEnding } from './digest-period.js';
import { loadDigestUnit } from './digest-unit.js';

export const agendaRenderKind = 'agenda';

const agendaSpec = z.object({
  kind: z.literal(agendaRenderKind),
  unitId: z.number().int(),
  /** The last day of the agenda's week. */
  periodEnd: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  lateNote: z.string().optional(),
});

export function agendaRender(unitId: number, periodEnd: string, lateNote?: string): RenderSpec {
  return { kind: agendaRenderKind, unitId, periodEnd, ...(lateNote ? { lateNote } : {}) };
}

export function agendaRenderer(db: Db): Renderer {
  return async (raw) => {
    const spec = agendaSpec.parse(raw);
    const unit = await loadDigestUnit(db, spec.unitId);
    const message = await buildAgenda(db, unit, periodEnding(spec.periodEnd), spec.lateNote ? { lateNote: spec.lateNote } : {});
    return { message, named: false };
  };
}
