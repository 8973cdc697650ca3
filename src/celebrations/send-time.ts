// A celebration is drawn up when it is sent, not when it is queued: the outbox
// row holds typed facts (which person, which kind, which job), and this reads
// the consent recorded at that moment. A person who asked for no celebrations
// in between gets no post; one who withdrew consent to be named is not named.
import type { Db } from '../db/database.js';
import type { Drawn, Renderer } from '../outbox/dispatcher.js';
import type { RenderSpec } from '../outbox/outbox.js';
import { celebrationFacts } from './celebrate.js';
import { celebrationSpec } from './celebration-spec.js';
import { celebrationMessage } from './celebration-text.js';

/** The celebration as consent allows it now; `anonymous` draws the form that names no one (and no employer). */
export async function drawCelebration(db: Db, raw: RenderSpec, anonymous: boolean): Promise<Drawn | undefined> {
  const spec = celebrationSpec.parse(raw);
  const celebration = await db.celebration.findUnique({ where: { key: spec.key }, select: { withdrawnAt: true } });
  const client = await db.client.findUnique({ where: { id: spec.clientId }, include: { clinicalTeam: true, specialist: true } });
  if (!client || !celebration || celebration.withdrawnAt) return undefined;
  // An edit to the anonymous form goes ahead even for someone who now wants no celebrations: it takes their details down.
  if (client.celebrationsOptOut && !anonymous) return undefined;
  const job =
    spec.jobId === null ? null : await db.job.findUnique({ where: { id: spec.jobId }, include: { employer: true, specialist: true } });
  if (spec.jobId !== null && (!job || (job.quiet && !anonymous))) return undefined;
  const employerId = job?.employerId ?? spec.employerId;
  const employer = employerId === null ? null : await db.employer.findUnique({ where: { id: employerId } });
  const consent = anonymous ? { ...client, consentToBeNamed: false } : client;
  const facts = celebrationFacts({
    kind: spec.celebration,
    client: consent,
    team: client.clinicalTeam,
    job,
    employer,
    specialist: job?.specialist ?? client.specialist,
  });
  return { message: celebrationMessage(facts, spec.variant), named: facts.subject.named };
}

export function celebrationRenderer(db: Db): Renderer {
  return (spec, { anonymous }) => drawCelebration(db, spec, anonymous);
}
