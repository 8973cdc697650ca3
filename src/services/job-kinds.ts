// What kind of job a start is, and which kinds are competitive (fidelity item
// 21). The scale keeps people out of transitional and set-aside jobs: seasonal
// jobs and agency jobs that anyone can take are competitive, so only set-aside
// jobs and pay below the minimum wage lower the figure.
import type { JobKind } from '../generated/prisma/enums.js';

export const jobKinds = ['permanent', 'temporary', 'seasonal', 'agency', 'set_aside'] as const satisfies readonly JobKind[];

export const jobKindLabels: Record<JobKind, string> = {
  permanent: 'permanent',
  temporary: 'temporary',
  seasonal: 'seasonal',
  agency: 'agency',
  set_aside: 'set-aside (transitional or reserved for disabled people)',
};

/** The rule as the figure shows it. */
export const competitiveRule =
  'competitive = open to anyone at the minimum wage or more: seasonal and agency jobs count; set-aside jobs do not';

export interface KindOfJob {
  kind: JobKind;
  /** Null when the pay was not said: counted as competitive, and flagged where the job is shown. */
  minimumWage: boolean | null;
}

export function isCompetitive(job: KindOfJob): boolean {
  return job.kind !== 'set_aside' && job.minimumWage !== false;
}
