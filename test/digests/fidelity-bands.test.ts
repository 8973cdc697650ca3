import { describe, expect, it } from 'vitest';
import { contactRate, weekRate } from '../../src/digests/employer-contact-rate.js';
import {
  caseloadSizeBand,
  competitiveJobsBand,
  diversityBand,
  employerContactBand,
  followAlongBand,
  rapidJobSearchBand,
  weeklyContactTarget,
} from '../../src/digests/fidelity-bands.js';

// Each row sits on one side of a threshold of the supervisor manual's scale.
describe('item 1, caseload size (active clients per full-time specialist)', () => {
  it.each([
    [0, 5],
    [20, 5],
    [20.5, 4],
    [21, 4],
    [25, 4],
    [26, 3],
    [30, 3],
    [31, 2],
    [40, 2],
    [41, 1],
    [90, 1],
  ])('%d clients → %d points', (clients, band) => expect(caseloadSizeBand(clients)).toBe(band));
});

describe('item 15, rapid job search (average days to first employer contact)', () => {
  it.each([
    [0, 5],
    [30, 5],
    [30.5, 4],
    [31, 4],
    [60, 4],
    [61, 3],
    [150, 3],
    [151, 2],
    [270, 2],
    [271, 1],
  ])('%d days → %d points', (days, band) => expect(rapidJobSearchBand(days)).toBe(band));
});

describe('item 17, face-to-face employer contacts per week: the closest scale point', () => {
  // Scale points at 6+ (5), 5 (4), 4 (3), 2 (2); under 2 is 1 point; halfway takes the higher.
  it.each([
    [7, 5],
    [6, 5],
    [5.5, 5], // halfway between 5 and 6
    [5.4, 4],
    [5, 4],
    [4.5, 4], // halfway between 4 and 5
    [4.4, 3],
    [4, 3],
    [3, 3], // halfway between 2 and 4
    [2.9, 2],
    [2, 2],
    [1.9, 1],
    [0, 1],
  ])('%d a week → %d points', (rate, band) => expect(employerContactBand(rate)).toBe(band));

  it.each([
    [0, 0],
    [1, 2],
    [2, 4],
    [3, 6],
    [12, 6],
  ])('%d people looking for work → target %d a week', (looking, target) => expect(weeklyContactTarget(looking)).toBe(target));

  it.each([
    [{ contacts: 4, looking: 10 }, 4],
    [{ contacts: 2, looking: 1 }, 6], // 2 × 1 looking met: the full scale's 6
    [{ contacts: 1, looking: 1 }, 3], // half the target: 1 × 6 / 2
    [{ contacts: 3, looking: 2 }, 4.5], // 3 × 6 / 4
    [{ contacts: 5, looking: 0 }, undefined], // nobody looking: not applicable
  ])('week %j → %s on the 6-a-week scale', (week, rate) => expect(weekRate(week)).toBe(rate));

  it('averages the rated weeks and takes the closest point; weeks with nobody looking are left out, not 5 points', () => {
    // (6 + 4 + 5) / 3 = 5 → 4 points; the week with nobody looking is not rated.
    expect(
      contactRate([
        { contacts: 6, looking: 5 },
        { contacts: 4, looking: 5 },
        { contacts: 0, looking: 0 },
        { contacts: 5, looking: 4 },
      ]),
    ).toEqual({ average: 5, band: 4, rated: 3, notApplicable: 1 });
    expect(contactRate([{ contacts: 0, looking: 0 }])).toEqual({ rated: 0, notApplicable: 1 });
  });
});

describe('items 19 and 20, diversity of job types and employers', () => {
  it.each([
    [100, 5],
    [85, 5],
    [84, 4],
    [70, 4],
    [69, 3],
    [60, 3],
    [59, 2],
    [50, 2],
    [49, 1],
    [0, 1],
  ])('%d%% different → %d points', (percent, band) => expect(diversityBand(percent)).toBe(band));
});

describe('item 21, competitive jobs', () => {
  it.each([
    [100, 10, 5],
    [95, 20, 5],
    [94, 20, 4],
    [85, 20, 4],
    [84, 20, 3],
    [75, 20, 3],
    [74, 20, 2],
    [65, 20, 2],
    [64, 20, 1],
    [100, 9, 1],
    [100, 0, 1],
  ])('%d%% of %d current jobs → %d points', (percent, jobs, band) => expect(competitiveJobsBand(percent, jobs)).toBe(band));
});

describe('items 22/23, follow-along on time (estimated)', () => {
  it.each([
    [100, 5],
    [99, 4],
    [75, 4],
    [74, 3],
    [50, 3],
    [49, 2],
    [1, 2],
    [0, 1],
  ])('%d%% on time → %d points', (percent, band) => expect(followAlongBand(percent)).toBe(band));
});
