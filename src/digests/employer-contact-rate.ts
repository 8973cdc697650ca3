// Fidelity item 17 for one specialist, as the scale rates it: each week's
// face-to-face employer contacts against that week's target (6, or 2 × the
// people looking for work when fewer than 3 are), the weeks averaged, and the
// closest scale point. A week with nobody looking for work has no target: it
// is "not applicable" and left out of the average, never counted as 5 points.
import { employerContactBand, weeklyContactTarget, type Band } from './fidelity-bands.js';
import { mean } from './numbers.js';

export interface ContactWeekCount {
  /** Face-to-face employer contacts that week (benefits staff left out). */
  contacts: number;
  /** People looking for work at the end of that week. */
  looking: number;
}

/** The full-caseload scale's contacts per week. */
const fullTarget = 6;

/** The week's contacts put on the 6-a-week scale; undefined when nobody was looking (not applicable). */
export function weekRate(week: ContactWeekCount): number | undefined {
  if (week.looking === 0) return undefined;
  return (week.contacts * fullTarget) / weeklyContactTarget(week.looking);
}

export interface ContactRate {
  /** Average of the rated weeks on the 6-a-week scale; undefined when no week could be rated. */
  average?: number;
  band?: Band;
  rated: number;
  notApplicable: number;
}

export function contactRate(weeks: readonly ContactWeekCount[]): ContactRate {
  const rates = weeks.map(weekRate).filter((r): r is number => r !== undefined);
  const notApplicable = weeks.length - rates.length;
  if (rates.length === 0) return { rated: 0, notApplicable };
  const average = mean(rates);
  return { average, band: employerContactBand(average), rated: rates.length, notApplicable };
}
