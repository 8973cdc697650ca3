// The fidelity scale's 1-5 point bands for the items the bot's data covers
// (supervisor manual, UK adaptation of the Dartmouth Supported Employment
// Fidelity Scale). Pure functions, so every threshold is tested on both sides.
// Items 18 and 22/23 are described in words on the scale; the bands below are
// the bot's estimate from the log and say so where they are shown.

/** Scale points: 1 (not IPS) to 5 (good). */
export type Band = 1 | 2 | 3 | 4 | 5;

/** Highest band whose floor the value reaches; floors for bands 5, 4, 3, 2 in that order. */
export function bandAtLeast(value: number, floors: readonly [number, number, number, number]): Band {
  const index = floors.findIndex((floor) => value >= floor);
  return (index === -1 ? 1 : 5 - index) as Band;
}

/** Lowest band whose ceiling the value stays within; ceilings for bands 5, 4, 3, 2. */
export function bandAtMost(value: number, ceilings: readonly [number, number, number, number]): Band {
  const index = ceilings.findIndex((ceiling) => value <= ceiling);
  return (index === -1 ? 1 : 5 - index) as Band;
}

/** Item 1: active clients per full-time specialist (≤20 → 5, 21-25 → 4, 26-30 → 3, 31-40 → 2, 41+ → 1). */
export function caseloadSizeBand(clientsPerFullTime: number): Band {
  return bandAtMost(clientsPerFullTime, [20, 25, 30, 40]);
}

/** Item 15: average days from programme entry to the first face-to-face employer contact. */
export function rapidJobSearchBand(averageDays: number): Band {
  return bandAtMost(averageDays, [30, 60, 150, 270]);
}

/**
 * Item 17's weekly target: 6 face-to-face employer contacts, or 2 per person
 * looking for work when fewer than 3 people on the caseload are.
 */
export function weeklyContactTarget(peopleLookingForWork: number): number {
  return peopleLookingForWork < 3 ? 2 * peopleLookingForWork : 6;
}

/** Item 17: face-to-face employer contacts per week (6+ → 5, 5 → 4, 4 → 3, 2-3 → 2, fewer → 1). */
export function employerContactBand(contactsPerWeek: number, peopleLookingForWork: number): Band {
  if (contactsPerWeek >= weeklyContactTarget(peopleLookingForWork)) return 5;
  return bandAtLeast(contactsPerWeek, [6, 5, 4, 2]);
}

/**
 * Item 18, estimated: the share of in-person employer contacts that are repeat
 * visits (cup of tea 2+). Relationship building through multiple planned visits
 * (half or more repeat) → 5; meeting employers in person regardless of openings
 * (a quarter or more) → 4; some repeat visits → 3; only first visits → 2; no
 * in-person contacts at all ("rarely makes employer contacts") → 1.
 */
export function employerContactQualityBand(repeatVisits: number, inPersonContacts: number): Band {
  if (inPersonContacts === 0) return 1;
  const share = repeatVisits / inPersonContacts;
  if (share >= 0.5) return 5;
  if (share >= 0.25) return 4;
  return repeatVisits > 0 ? 3 : 2;
}

/** Items 19 and 20: percentage of job starts in different job types / with different employers. */
export function diversityBand(percent: number): Band {
  return bandAtLeast(percent, [85, 70, 60, 50]);
}

/** Item 21: percentage of current jobs that are competitive and permanent; fewer than 10 current jobs → 1. */
export function competitiveJobsBand(percent: number, currentJobs: number): Band {
  if (currentJobs < 10) return 1;
  return bandAtLeast(percent, [95, 85, 75, 65]);
}

/**
 * Items 22/23, estimated: the percentage of working people whose follow-along
 * contacts are on time (all → 5, 75%+ → 4, half or more → 3, some → 2, none → 1).
 */
export function followAlongBand(percentOnTime: number): Band {
  if (percentOnTime >= 100) return 5;
  return bandAtLeast(percentOnTime, [Infinity, 75, 50, Number.MIN_VALUE]);
}
