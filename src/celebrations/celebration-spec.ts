// What an outbox row about a celebration holds until it is sent: typed facts,
// never words (send-time.ts draws them up from the consent recorded then).
import { z } from 'zod';
import type { RenderSpec } from '../outbox/outbox.js';
import { celebrationKinds } from './celebration-text.js';

export const celebrationRenderKind = 'celebration';

export const celebrationSpec = z.object({
  kind: z.literal(celebrationRenderKind),
  /** The Celebration row's key: a withdrawn celebration is not posted. */
  key: z.string(),
  celebration: z.enum(celebrationKinds),
  clientId: z.number().int(),
  jobId: z.number().int().nullable(),
  employerId: z.number().int().nullable(),
  /** Picks the template. */
  variant: z.number().int(),
});

export type CelebrationSpec = z.infer<typeof celebrationSpec>;

export function celebrationRender(spec: Omit<CelebrationSpec, 'kind'>): RenderSpec {
  return { kind: celebrationRenderKind, ...spec };
}
