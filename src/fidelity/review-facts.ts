// What the draft fidelity scores are computed from: plain numbers, gathered
// from the records by gather-facts.ts and made by hand in tests. Nothing here
// knows about the database, so each rule can be tested at every boundary.
import type { UnitJobs } from '../digests/fidelity-estimate.js';

export interface SpecialistFacts {
  handle: string;
  fte: number;
  /** Active caseload on the review's last day (item 1). */
  active: number;
  /** Clinical teams the specialist is attached to, and the caseload share from them in % (item 4). */
  teams: number;
  caseloadFromTeamsPercent: number;
  /** Face-to-face employer contacts in each whole week of the review period (item 17). */
  inPersonPerWeek: number[];
  lookingForWork: number;
  /** In-person employer contacts in the period, and how many were repeat visits (cup of tea 2+) (item 18). */
  inPerson: number;
  repeatVisits: number;
  /** Logged activities in the period (employer contacts, client meetings, outreach), and those in community settings (item 24). */
  activities: number;
  communityActivities: number;
}

export interface ReviewFacts {
  /** Whole weeks and calendar months (begun) in the review period. */
  weeks: number;
  months: number;
  specialists: SpecialistFacts[];
  supervisors: number;
  clinicalTeams: number;
  /** Item 6: contacts with benefits / government programme staff. */
  liaison: { weeksWithContact: number; monthsWithContact: number; monthsWithMeeting: number };
  /** Items 7 and 8: group supervision and field mentoring; supervisor at treatment team meetings. */
  supervision: { weeksWithGroup: number; monthsWithField: number; teamsVisitedBySupervisor: number; outcomesReviewed: boolean };
  /** Item 5 (evidence only): weeks in which each specialist attended a treatment team meeting, in total over specialists. */
  mdtWeeksAttended: number;
  /** Item 9: referrals in the period, those closed before a first meeting, distinct referrers; job ends and cases closed soon after. */
  referrals: { total: number; closedBeforeMeeting: number; sources: number };
  jobEnds: { total: number; closedWithin30Days: number };
  /** Item 12: people whose first supported job started in the last 12 months. */
  benefits: { starters: number; offeredBeforeStart: number; doneBeforeStart: number };
  /** Item 13: people on the active caseload; those with each kind of disclosure discussion. */
  disclosure: { people: number; prosCons: number; whatToSay: number; peopleTwoMonthsIn: number; moreThanOnce: number };
  /** Item 14: active caseload with a profile; job starts/ends in 12 months followed by a profile update within 30 days. */
  profiles: { people: number; started: number; jobEvents: number; updatedAfter: number };
  /** Item 15: days from programme entry to the first face-to-face employer contact, per person counted. */
  daysToFirstContact: number[];
  /** Item 16: client-specific employer contacts in the period, and those for people with a job search plan updated in the 6 months before. */
  jobSearch: { clientContacts: number; withCurrentPlan: number };
  /** Items 19-21. */
  jobs: UnitJobs;
  /** Items 22-23: working people, and those with no overdue follow-along contact. */
  /** Follow-along checkpoints due in the period while the case was open, and those met face to face within their window. */
  followAlong: { due: number; onTime: number };
  /** Item 25: outreach evidence. */
  outreach: { attempts: number; joint: number; homeOrCommunity: number; family: number; closedForMissedAppointments: number };
}
