import { describe, expect, it } from 'vitest';
import {
  caseloadSizeBand,
  competitiveJobsBand,
  diversityBand,
  employerContactBand,
  employerContactQualityBand,
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

describe('item 17, face-to-face employer contacts per week', () => {
  it.each([
    [7, 5],
    [6, 5],
    [5.9, 4],
    [5, 4],
    [4, 3],
    [3, 2],
    [2, 2],
    [1.9, 1],
    [0, 1],
  ])('%d a week with a full caseload → %d points', (contacts, band) => expect(employerContactBand(contacts, 10)).toBe(band));

  it.each([
    [0, 0],
    [1, 2],
    [2, 4],
    [3, 6],
    [12, 6],
  ])('%d people looking for work → target %d a week', (looking, target) => expect(weeklyContactTarget(looking)).toBe(target));

  it('fewer than 3 people looking: 2 × that number scores full points', () => {
    expect(employerContactBand(4, 2)).toBe(5);
    expect(employerContactBand(3, 2)).toBe(2);
    expect(employerContactBand(2, 1)).toBe(5);
    expect(employerContactBand(1, 1)).toBe(1);
    expect(employerContactBand(5, 3)).toBe(4);
  });
});

describe('item 18, quality of employer contact (estimated from repeat visits)', () => {
  it.each([
    [0, 0, 1],
    [0, 4, 2],
    [1, 5, 3],
    [1, 4, 4],
    [2, 5, 4],
    [2, 4, 5],
    [6, 6, 5],
  ])('%d repeat of %d in person → %d points', (repeat, total, band) => expect(employerContactQualityBand(repeat, total)).toBe(band));
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
