// The hand-computed answers for simulated-year.test.ts: one IPS unit's 2026,
// as the supervisor's summary must show it on Monday 21 December 2026. Every
// figure is worked out here from the script in the test, by hand, so that a
// change to any definition fails the test.
//
// People (Aroha's caseload unless said):
//   AA-01 met 12 Jan; employer contact for them 20 Jan (day 8); barista at Harbour Café from 2 Feb, 20h, min wage.
//   BB-02 met 12 Jan; contact 2 Mar (day 49); retail assistant at Perry's from 16 Mar, NO HOURS; the job ended
//         1 Jun, learned 15 Jun; looking for work since.
//   CC-03 met 2 Feb; a job held at entry (retention, "existing", no date: stored as 2 Feb), 16h.
//   DD-04 met 6 Apr; contact 20 Apr (day 14); SEASONAL ice cream seller at Beach Kiosk 4 May to 30 Sep, 12h
//         (type guessed "other", changed to "sales"); kitchen porter at Harbour Café from 9 Nov, 8h, pay level not said.
//   EE-05 met 1 Jun; no employer contact; found work by themselves: library assistant at Town Library from 20 Jul, 15h.
//   FF-06 met 7 Sep; contact 21 Sep (day 14); SET-ASIDE assembler at Works Co from 5 Oct, 30h.
//   GG-07 met 5 Oct; no employer contact (a benefits contact "for" them on 10 Dec does not count): day 77 on 21 Dec.
//   HH-08 met 30 Nov; contact 2 Dec (day 2); waiter at Harbour Café from 9 Dec (logged 2 Dec), 10h.
//   II-09 referred only (not on the caseload).   JJ-10 met 12 Jan, closed 2 Mar.
//   Face-to-face client meetings for follow-along: FF-06 7, 14, 21, 28 Oct and 30 Nov (community), EE-05 15 Oct
//   (office), AA-01 20 Nov (work), KK-11 8 Dec (home), HH-08 10 Dec (work; a phone call on 15 Dec), GG-07 14 Dec
//   (office), DD-04 4 Dec (logged on 21 Dec).
//   KK-11 (Ben) met 5 Oct; contact 12 Oct (day 7); AGENCY picker at Quayside from 7 Dec, no hours, first 4 hours
//         recorded 12 Dec ("worked4").
// Chen has no one.

/** The last 12 months: 21 Dec 2025 to 21 Dec 2026. */
export const outcomeLines = [
  // Starts in the period, retention (CC) left out: AA, BB, DD ×2, EE, FF, HH, KK = 8; first: all but DD's second = 7.
  'Job starts: 8 (7 first, 1 later). Every job started in the period, second and later jobs included; a job held at entry is not a start.',
  // First starts with 4h done by 21 Dec: AA (20h), DD (12h, 4 May–30 Sep), EE (15h), FF (30h), HH (10h × 12 days / 7 = 17h),
  // KK (recorded) = 6; BB has no hours and no record.
  'Supported into work: 6. People whose first job start is in the period with 4+ hours of paid work done (hours a week × weeks since the start, or the first 4 hours recorded).',
  // On the caseload: AA–HH, JJ (closed in the period), KK = 10; out of work at entry: all but CC = 9; into work: the 6 above.
  'Employment rate: 67% (6 of 9). People out of work at entry who started work in the period with 4+ hours done, of all on the caseload out of work at entry (benchmark 40%).',
  'Job retention: 10% (1 of 10). People in work at entry, of everyone on the caseload in the period (IPS Grow: at most 15%).',
  // BB's start: no hours, no record of the first 4 hours (KK's is recorded).
  'Hours missing: 1. Job starts in the period logged without hours: kept as starts, not counted into work until the hours or the first 4 hours are recorded.',
];

/** The "Estimated fidelity scores" rows, label and value. */
export const fidelityRows = [
  // Active on 21 Dec: Aroha AA–HH = 8, Ben KK = 1, Chen 0; 3 full-time specialists: 9 / 3 = 3.0 → ≤ 20 → 5.
  { label: '1 Caseload size', value: '5/5: 3.0 active per full-time specialist (≤ 20)' },
  // Benefits staff (Jobcentre Plus) in the 4 weeks 24 Nov–21 Dec: phone 25 Nov (week 3 back), f2f 10 Dec (week 1), f2f 16 Dec (week 0).
  {
    label: '6 Benefits and programme liaison (indicator)',
    value:
      'indicator: 3 contacts with benefits or employment programme staff in 4 weeks, in 3 of 4 weeks, 2 in person (the scale asks for weekly contacts and monthly meetings)',
  },
  // Days to the first employer contact, entry in the last 12 months, retention (CC) and the working EE without one left out:
  // AA 8, BB 49, DD 14, FF 14, GG 77 (none yet, past day 30), HH 2, KK 7 = 171 / 7 = 24.4 → 24 → ≤ 30 → 5.
  { label: '15 Rapid job search', value: '5/5: 24 days on average to the first employer contact (≤ 30)' },
  // Face-to-face employer contacts (benefits staff left out) and people looking for work at each week's end:
  //   Aroha: 5 (3 looking, target 6) → 5; 6 (3, 6) → 6; 2 (2, target 4) → 2 × 6 / 4 = 3; 4 (2, 4) → 6.
  //          Average (5 + 6 + 3 + 6) / 4 = 5.0 → closest point: 4.
  //   Ben:   1 (1 looking, target 2) → 1 × 6 / 2 = 3; then KK works: 3 weeks nobody looking, not rated. Average 3 → halfway
  //          between 2 (2 points) and 4 (3 points) → 3.
  //   Chen:  nobody looking in any week: 4 weeks not rated, no points.
  //   Unit: (4 + 3) / 2 = 3.5 → 4. Contacts per specialist per week: (17/4 + 1/4 + 0) / 3 = 1.5; on the scale (5 + 3) / 2 = 4.0.
  {
    label: '17 Employer contacts',
    value:
      '4/5: 1.5 face-to-face per specialist per week over 4 weeks; 4.0 a week against the target (6, or 2 × people looking for work when fewer than 3), weeks averaged, closest point; 7 specialist-weeks with nobody looking for work not rated',
  },
  // 21 Sep–21 Dec, benefits staff left out: 23 employer contacts, 5 with a next contact planned = 22%;
  // employers met in person: Works Co 2, Quayside 5, Seaview Hotel 1, Perry's 4, Harbour Café 4, Town Library 3,
  // Beautiful Blooms 2 → 6 of 7 met 2+ times = 86%.
  {
    label: '18 Quality of employer contact (indicators, for the reviewer to judge)',
    value:
      'indicator: 86% of 7 employers met in person were met 2+ times; 22% of 23 employer contacts had a next contact planned (last 3 months; no score)',
  },
  // 8 starts (retention left out): types hospitality (AA, DD's second, HH), sales (BB, DD's first after the change),
  // admin (EE), factory (FF), warehouse (KK) = 5 / 8 = 62.5 → 63% → 60-69 → 3.
  { label: '19 Diversity of job types', value: '3/5: 63% different types (SOC 2020 minor groups) over 8 starts in 12 months (≥ 85%)' },
  // Employers: Harbour Café (AA, DD, HH), Perry's, Beach Kiosk, Town Library, Works Co, Quayside = 6 / 8 = 75% → 70-84 → 4.
  { label: '20 Diversity of employers', value: '4/5: 75% different employers over 8 starts in 12 months (≥ 85%)' },
  // Current jobs (retention left out): AA, DD's kitchen porter (pay level not said: counted), EE, FF (set-aside: not
  // competitive), HH, KK (agency: competitive) = 6; competitive 5 / 6 = 83%; fewer than 10 current jobs → 1.
  {
    label: '21 Competitive jobs',
    value:
      '1/5: 83% of 6 current jobs competitive (competitive = open to anyone at the minimum wage or more: seasonal and agency jobs count; set-aside jobs do not; ≥ 95%; fewer than 10 current jobs scores 1)',
  },
  // Checkpoints due 21 Sep–20 Dec (3 months to yesterday) and met face to face within their window (client meetings only:
  // the employer contact about HH-08 on 2 Dec and the phone call on 15 Dec clear nothing):
  //   AA  months 8, 9, 10 (by 2 Oct, 2 Nov, 2 Dec): met 20 Nov (window 3 Nov–2 Dec)        → 3 due, 1 met
  //   CC  the same chain from 2 Feb, never met                                             → 3 due, 0
  //   DD  seasonal job's end (30 Sep–3 Oct), then the 9 Nov job: 3 days, weeks 1–4; met
  //       4 Dec, logged on 21 Dec (week 4: 1–7 Dec)                                       → 6 due, 1 met
  //   EE  months 3, 4, 5 (by 20 Oct, 20 Nov, 20 Dec): met 15 Oct                            → 3 due, 1 met
  //   FF  3 days, weeks 1–4, month 2 (by 5 Dec): met 7, 14, 21, 28 Oct and 30 Nov; week 1
  //       (9–12 Oct) missed                                                               → 6 due, 5 met
  //   HH  before the start (2–8 Dec), 3 days (9–12 Dec), week 1 (13–16 Dec): met 10 Dec    → 3 due, 1 met
  //   KK  3 days (7–10 Dec), week 1 (11–14 Dec): met 8 Dec                                → 2 due, 1 met
  //   BB's job ended in June: nothing due in the period.
  // 10 / 26 = 38% → some → 2.
  {
    label: '22/23 Follow-along (estimate)',
    value: '2/5: 38% of 26 follow-along contacts due in 3 months met face to face on time (client meetings only)',
  },
  // Face-to-face meetings with a place, 24 Nov–21 Dec: FF community 30 Nov, KK home 8 Dec, HH work 10 Dec, GG office
  // 14 Dec = 4, 3 out of the office = 75% (DD's 4 Dec meeting has no place; HH's 15 Dec call is not face to face).
  {
    label: '24 Community-based (indicator)',
    value:
      'indicator: 75% of 4 face-to-face meetings with people in 4 weeks were out of the office (at work, at home or in the community); the scale rates hours (≥ 65%): the reviewer scores it',
  },
];

/** Aroha's line in the summary: this week's contacts against this week's target (BB and GG looking: 2 × 2). */
export const arohaContactsFact = '4 this week (target 4: 2 × 2 looking for work); last 4 weeks 5, 6, 2, 4';

/** Aroha with Perry's Garden Centre, in date order: the contact backdated to 27 Nov renumbers the later ones. */
export const perrysCupsOfTea = [
  ['2026-03-02', 'face_to_face', 1],
  ['2026-11-24', 'face_to_face', 2],
  ['2026-11-27', 'face_to_face', 3], // logged on 21 Dec
  ['2026-12-01', 'face_to_face', 4], // was 3 before the backdated one
  ['2026-12-15', 'face_to_face', 5], // was 4
  ['2026-12-21', 'email', 5], // an email is not a meeting
];
