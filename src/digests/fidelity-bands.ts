// The fidelity scale's 1-5 point bands for the items the bot's data covers
// (supervisor manual, UK adaptation of the Dartmouth Supported Employment
// Fidelity Scale). Pure functions, so every threshold is tested on both sides.
// Items 22/23 are described in words on the scale; their band below is the
// bot's estimate from the log and says so where it is shown. Item 18 is judged
// by a reviewer: the bot shows indicators for it and no score.

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

/**
 * Item 17: the closest scale point to a weekly rate of face-to-face employer
 * contacts on the 6-a-week scale (the scale: "rate for each week, then
 * calculate the average and use the closest scale point"). Its points sit at
 * 6 or more (5), 5 (4), 4 (3) and 2 (2); fewer than 2 is 1 point. A rate
 * halfway between two points takes the higher.
 */
export function employerContactBand(ratePerWeek: number): Band {
  if (ratePerWeek >= 6) return 5;
  if (ratePerWeek < 2) return 1;
  const points: [number, Band][] = [
    [6, 5],
    [5, 4],
    [4, 3],
    [2, 2],
  ];
  const distance = (at: number) => Math.abs(ratePerWeek - at);
  return points.reduce((best, point) => (distance(point[0]) < distance(best[0]) ? point : best))[1];
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
 * Items 22/23, estimated: the percentage of follow-along checkpoints met face to
 * face on time (all → 5, 75%+ → 4, half or more → 3, some → 2, none → 1).
 */
export function followAlongBand(percentOnTime: number): Band {
  if (percentOnTime >= 100) return 5;
  return bandAtLeast(percentOnTime, [Infinity, 75, 50, Number.MIN_VALUE]);
}
