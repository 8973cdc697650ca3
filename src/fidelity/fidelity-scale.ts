// The 25 items of the UK IPS fidelity scale (supervisor manual, seed
// ips-supervisor-manual-and-fidelity-scale.txt; a slight adaptation of the
// Dartmouth Supported Employment Fidelity Scale), as data: each item's point
// descriptions, where a reviewer finds the evidence, and the question the
// supervisor answers when the bot's records cannot draft a score. The seed's
// text lost the per-item data-source columns, so the sources follow the
// Dartmouth scale's (with IEP, the UK's individual employment plan, for ISP).

export type DataSource = 'MIS' | 'DOC' | 'INT' | 'OBS' | 'IEP';

export const dataSources: Record<DataSource, string> = {
  MIS: 'Management information system',
  DOC: 'Document review of employment service and clinical records, NHS Trust policy and procedures',
  INT: 'Interviews with clients, employment specialists, mental health staff, programme and partner staff, families, employers',
  OBS: 'Observations of team meetings and employment specialists',
  IEP: 'Individual employment plan',
};

export type Section = 'Staffing' | 'Organisation' | 'Services';

export interface ScaleItem {
  item: number;
  name: string;
  section: Section;
  /** The scale's definition, shortened only where the seed repeats itself. */
  definition: string;
  /** Descriptions of 1 to 5 points, in that order. */
  points: readonly [string, string, string, string, string];
  sources: readonly DataSource[];
  /** What the supervisor answers (and gathers evidence for) to score the item. */
  question: string;
}

/** Items scored by counting anchors: "1 point: one or none present … 5 points: five present". */
const anchors = (n: 5 | 4): ScaleItem['points'] =>
  n === 5
    ? ['One or none is present', 'Two are present', 'Three are present', 'Four are present', 'Five are present']
    : ['None are present', 'One is present', 'Two are present', 'Three are present', 'Four are present'];

/** Items 19 and 20 score the same shares of the time, as the scale words them. */
const shareOfTheTime: ScaleItem['points'] = [
  'Less than 50% of the time',
  '50-59% of the time',
  '60-69% of the time',
  '70-84% of the time',
  '85-100% of the time',
];

export const fidelityScale: readonly ScaleItem[] = [
  {
    item: 1,
    name: 'Caseload size',
    section: 'Staffing',
    definition:
      'Employment specialists have individual employment caseloads. The maximum active caseload for any full-time employment specialist is 20 or fewer active clients.',
    points: [
      'Ratio of 41 or more clients per employment specialist',
      'Ratio of 31-40 clients per employment specialist',
      'Ratio of 26-30 clients per employment specialist',
      'Ratio of 21-25 clients per employment specialist',
      'Ratio of 20 or fewer clients per employment specialist',
    ],
    sources: ['MIS', 'DOC', 'INT'],
    question: 'How many active clients (monthly service or outreach, met at least once) does each full-time specialist hold?',
  },
  {
    item: 2,
    name: 'Employment services staff',
    section: 'Staffing',
    definition:
      'Employment specialists provide only employment services and do not provide treatment case management services, though they may help with employment-related personal problems.',
    points: [
      'Employment specialists provide employment services less than 60% of the time',
      'Employment specialists provide employment services 60-74% of the time',
      'Employment specialists provide employment services 75-89% of the time',
      'Employment specialists provide employment services 90-95% of the time',
      'Employment specialists provide employment services 96% of the time or more',
    ],
    sources: ['MIS', 'DOC', 'INT'],
    question: 'What share of each specialist’s time goes on employment services rather than case management or other duties?',
  },
  {
    item: 3,
    name: 'Vocational generalists',
    section: 'Staffing',
    definition:
      'Each employment specialist carries out all phases of employment service: intake, engagement, assessment, job placement, job coaching and follow-along support, before stepping down to less intensive support.',
    points: [
      'Employment specialist only provides vocational referral service to vendors and other programmes',
      'Employment specialist maintains caseload but refers clients to other programmes for vocational services',
      'Employment specialist provides one to four phases of the employment service',
      'Employment specialist provides five phases of employment service but not the entire service',
      'Employment specialist carries out all six phases of employment service (intake, engagement, assessment, job development/placement, job coaching, follow-along)',
    ],
    sources: ['DOC', 'INT', 'OBS'],
    question: 'Does each specialist carry every phase, from intake to follow-along, or are phases handed to other programmes?',
  },
  {
    item: 4,
    name: 'Integration with the treatment team through team assignment',
    section: 'Organisation',
    definition: 'Employment specialists are part of up to 2 treatment teams from which at least 90% of their caseload comes.',
    points: [
      'Employment specialists are part of a vocational programme that functions separately from the treatment team',
      'Attached to three or more treatment teams, OR clients served by practitioners not organised into teams, OR under 50% of the caseload from their one or two teams',
      'Attached to one or two treatment teams, from which 50-74% of the caseload comes',
      'Attached to one or two treatment teams, from which 75-89% of the caseload comes',
      'Attached to one or two treatment teams, from which 90-100% of the caseload comes',
    ],
    sources: ['MIS', 'INT'],
    question: 'How many treatment teams is each specialist attached to, and what share of their caseload comes from them?',
  },
  {
    item: 5,
    name: 'Integration with the treatment team through frequent contact',
    section: 'Organisation',
    definition:
      'Present or not: (1) the specialist attends weekly client-focused treatment team meetings; (2) participates actively, with shared decision-making; (3) employment documentation (profile, plan, progress notes) is in the client’s health record; (4) the specialist’s office is close to (or shared with) the team; (5) the specialist helps the team think about employment for people not yet referred.',
    points: anchors(5),
    sources: ['DOC', 'INT', 'OBS'],
    question:
      'Does each specialist attend the weekly client-focused meeting of their teams, take part in decisions, share the record and office, and prompt referrals?',
  },
  {
    item: 6,
    name: 'Collaboration with benefits and government employment programme staff',
    section: 'Organisation',
    definition:
      'Specialists and government-funded programme staff (Jobcentre Plus, work programme providers) have frequent contact to identify referrals, discuss shared clients and obtain assistance.',
    points: [
      'Client-related contacts less than quarterly, or no communication',
      'Client-related contacts (phone, e-mail, in person) at least quarterly',
      'Client-related contacts monthly',
      'Scheduled face-to-face meetings at least quarterly, OR client-related contacts weekly',
      'Scheduled face-to-face meetings at least monthly and client-related contacts weekly',
    ],
    sources: ['DOC', 'INT', 'OBS'],
    question: 'How often do specialists meet or contact Jobcentre Plus and programme staff about shared clients and referrals?',
  },
  {
    item: 7,
    name: 'Vocational unit',
    section: 'Organisation',
    definition:
      'At least 2 full-time employment specialists and a team leader form the unit, with weekly client-based group supervision in which strategies are identified and job leads shared; they cover each other’s caseloads.',
    points: [
      'Employment specialists are not part of a vocational unit',
      'Same supervisor but the specialists do not meet as a group or back each other up',
      'Same supervisor, clients discussed between specialists weekly, back-up as needed (or rural sites meeting 2-3 times a month by teleconference)',
      '2-3 scheduled client-based group supervision meetings a month with a team leader, leads shared, caseloads covered',
      'At least 2 full-time specialists and a team leader, weekly client-based group supervision, leads shared, caseloads covered',
    ],
    sources: ['MIS', 'INT', 'OBS'],
    question: 'Does the unit hold client-based group supervision every week, sharing strategies and job leads?',
  },
  {
    item: 8,
    name: 'Role of employment supervisor',
    section: 'Organisation',
    definition:
      'Present or not: (1) one full-time supervisor for no more than 10 specialists, no other supervisory duties (pro rata); (2) weekly supervision reviewing client situations and new strategies; (3) communicates with treatment team leaders and attends a meeting of each treatment team quarterly; (4) accompanies new or struggling specialists in the field monthly; (5) reviews client outcomes with the specialists and sets goals at least quarterly.',
    points: anchors(5),
    sources: ['INT', 'DOC'],
    question:
      'Does the supervisor hold weekly supervision, attend each treatment team quarterly, mentor in the field monthly and review outcomes quarterly, with time for the role?',
  },
  {
    item: 9,
    name: 'Zero exclusion criteria',
    section: 'Organisation',
    definition:
      'All clients interested in working have access to the service regardless of job readiness, substance use, symptoms, history of violence, cognitive impairment, treatment non-adherence or presentation; specialists offer help with another job when one ends, whatever the reason.',
    points: [
      'There is a formal policy to exclude clients due to lack of job readiness',
      'Most clients are unable to access the service due to perceived lack of job readiness',
      'Some clients are unable to access the service due to perceived lack of job readiness',
      'No evidence of exclusion, formal or informal; referrals are not solicited by a wide variety of sources; help offered with another job when one ends',
      'All clients interested in working have access; practitioners encourage employment and referrals come from many sources; help offered with another job when one ends',
    ],
    sources: ['DOC', 'INT', 'OBS'],
    question: 'Is anyone turned away or closed for not being "ready", and do referrals come from many sources?',
  },
  {
    item: 10,
    name: 'Provider focus on competitive employment',
    section: 'Organisation',
    definition:
      'Present or not: (1) intake asks about interest in employment; (2) annual or semi-annual assessments or plan reviews ask about it; (3) written postings about work and the service in waiting areas; (4) ways for clients to share work stories at least twice a year; (5) the provider measures the competitive employment rate at least quarterly and shares it with leadership and staff.',
    points: anchors(5),
    sources: ['DOC', 'INT', 'OBS'],
    question: 'Which of the five provider-wide strategies promoting competitive work are in place?',
  },
  {
    item: 11,
    name: 'Executive team support',
    section: 'Organisation',
    definition:
      'Present or not: (1) executive and clinical directors know the principles of IPS; (2) quality assurance reviews the service with the fidelity scale at least every 6 months until high fidelity, then yearly, and uses the results; (3) an executive attends the IPS steering committee at least every 6 months (quarterly until high fidelity), which writes action plans; (4) the chief executive communicates goals for IPS to all staff at least annually; (5) the IPS service lead shares barriers and successes with the executive team at least twice a year and they help solve barriers.',
    points: anchors(5),
    sources: ['DOC', 'INT'],
    question: 'Which of the five components of executive support are in place?',
  },
  {
    item: 12,
    name: 'Work incentives planning',
    section: 'Services',
    definition:
      'All clients are offered help to get comprehensive, individualised work incentives (benefits) planning before starting a new job, and again when deciding on changes in hours and pay, including reporting earnings.',
    points: [
      'Work incentives planning is not readily available or easily accessible to most clients',
      'Specialist gives clients contact information about where to get work incentives planning',
      'Specialist discusses with each client changes in benefits based on work status',
      'Specialist or other practitioner offers clients comprehensive individualised planning by a trained person before the client starts a job',
      'As 4, by a specially trained planner, and also when clients decide on changes in hours and pay; help with reporting earnings',
    ],
    sources: ['DOC', 'INT', 'OBS', 'IEP'],
    question: 'Was everyone who started a job offered individual benefits planning by a trained adviser before the start?',
  },
  {
    item: 13,
    name: 'Disclosure',
    section: 'Services',
    definition:
      'Anchors: (1) specialists do not require clients to disclose their condition to receive services; (2) they offer to discuss the pros and cons of disclosure before any disclosure, and how it relates to asking for adjustments and the specialist’s role with the employer; (3) they discuss specific information that could be disclosed and offer examples of what to say; (4) they discuss disclosure on more than one occasion.',
    points: anchors(4),
    sources: ['DOC', 'INT', 'OBS', 'IEP'],
    question: 'Is disclosure discussed with each person, pros and cons and what to say, more than once?',
  },
  {
    item: 14,
    name: 'Ongoing, work-based vocational assessment',
    section: 'Services',
    definition:
      'Initial assessment over 2-3 sessions, documented on a vocational profile (preferences, experiences, skills, strengths, contacts…) that is updated with each new job experience; lessons from job losses and successes analysed with the treatment team.',
    points: [
      'Vocational evaluation before placement, emphasising office-based assessments, standardised tests, work samples',
      'Stepwise assessment through prevocational work, volunteer or set-aside jobs',
      'Specialists help clients find jobs directly without systematically reviewing interests, experiences and strengths, and do not analyse job losses',
      'Initial assessment over 2-3 sessions; lessons learned from jobs, but not documented in the profile or the profile not updated regularly',
      'Profile documented and updated with each new job experience; lessons from job losses, problems and successes analysed with the treatment team',
    ],
    sources: ['DOC', 'INT', 'OBS', 'IEP'],
    question: 'Has each person a vocational profile, and is it updated after each job start, problem or end?',
  },
  {
    item: 15,
    name: 'Rapid job search for competitive job',
    section: 'Services',
    definition:
      'The first face-to-face contact with an employer about a competitive job, by the client or the specialist, is within 30 days of programme entry.',
    points: [
      'On average 271 days or more after programme entry',
      'On average 151-270 days after programme entry',
      'On average 61-150 days after programme entry',
      'On average 31-60 days after programme entry',
      'On average within 30 days, and the programme tracks employer contacts',
    ],
    sources: ['DOC', 'INT', 'IEP', 'MIS'],
    question: 'How many days on average from programme entry to the first face-to-face employer contact?',
  },
  {
    item: 16,
    name: 'Individualised job search',
    section: 'Services',
    definition:
      'Employer contacts aim at a good job match based on the client’s preferences and needs rather than the job market; an individualised job search plan is developed and updated from the vocational profile and new experiences.',
    points: [
      'Less than 25% of employer contacts reflect client preferences rather than the job market',
      '25-49% of employer contacts reflect client preferences',
      '50-74% of employer contacts reflect client preferences',
      '75-89% reflect client preferences and are consistent with the current employment plan',
      '90-100% reflect preferences, strengths and lessons from previous jobs, and are consistent with the current job search plan',
    ],
    sources: ['DOC', 'INT', 'OBS', 'IEP'],
    question: 'Are employer contacts made for people with a current job search plan that reflects their preferences?',
  },
  {
    item: 17,
    name: 'Job development: frequent employer contact',
    section: 'Services',
    definition:
      'Each specialist makes at least 6 face-to-face employer contacts a week on behalf of clients looking for work (2 per person when fewer than 3 are looking), tracked weekly; rated per specialist and averaged.',
    points: [
      'Less than 2 face-to-face employer contacts a week',
      '2 face-to-face employer contacts a week, OR no process for tracking',
      '4 a week, with a tracking form reviewed by the supervisor monthly',
      '5 a week, with a tracking form reviewed weekly',
      '6 or more a week (or 2 per person looking for work when fewer than 3 are), records reviewed weekly',
    ],
    sources: ['DOC', 'INT'],
    question: 'How many face-to-face employer contacts does each specialist make a week?',
  },
  {
    item: 18,
    name: 'Job development: quality of employer contact',
    section: 'Services',
    definition:
      'Specialists build relationships with employers through multiple planned in-person visits to learn the employer’s needs, explain the service and describe client strengths that match; rated per specialist and averaged.',
    points: [
      'Meets employers only when helping clients hand in applications, OR rarely makes employer contacts',
      'Contacts employers to ask about openings and shares the leads with clients',
      'Follows up advertised openings by introducing self, describing the programme and asking for an interview',
      'Meets employers in person whether or not there is an opening, advocating for clients’ strengths',
      'Builds relationships through multiple planned in-person visits to learn the employer’s needs and match client strengths',
    ],
    sources: ['DOC', 'INT', 'OBS'],
    question: 'Do specialists return to employers for planned repeat visits that build the relationship?',
  },
  {
    item: 19,
    name: 'Diversity of job types',
    section: 'Services',
    definition: 'Employment specialists assist clients in obtaining different types of jobs.',
    points: shareOfTheTime,
    sources: ['DOC', 'INT', 'IEP', 'MIS'],
    question: 'Of the jobs obtained, what share are of different types?',
  },
  {
    item: 20,
    name: 'Diversity of employers',
    section: 'Services',
    definition: 'Employment specialists assist clients in obtaining jobs with different employers.',
    points: shareOfTheTime,
    sources: ['DOC', 'INT', 'IEP', 'MIS'],
    question: 'Of the jobs obtained, what share are with different employers?',
  },
  {
    item: 21,
    name: 'Competitive jobs',
    section: 'Services',
    definition:
      'Specialists provide competitive job options with permanent status: at least minimum wage, open to anyone, not set aside for disabled people (seasonal and agency jobs others use count).',
    points: [
      'Permanent competitive jobs less than 64% of the time, OR fewer than 10 current jobs',
      'About 65-74% of the time',
      'About 75-84% of the time',
      'About 85-94% of the time',
      '95% or more of competitive jobs held are permanent',
    ],
    sources: ['DOC', 'INT', 'IEP', 'MIS'],
    question: 'What share of the current jobs are competitive and permanent (and are there at least 10)?',
  },
  {
    item: 22,
    name: 'Individualised follow-along supports',
    section: 'Services',
    definition:
      'Clients receive different in-work supports based on the job, their preferences, history and needs, from the treatment team, family, co-workers and the specialist; employer support at the client’s request; help with career development.',
    points: [
      'No face-to-face meeting with the client after the first month in a job',
      'Face-to-face contact with less than half of working clients for at least 4 months after the start',
      'Face-to-face contact with at least half of working clients for at least 4 months',
      'Face-to-face weekly for the first month and at least monthly for a year or more',
      'Face-to-face within 1 week before the start, within 3 days after, weekly for the first month, monthly for a year; contact within 3 days of a job loss',
    ],
    sources: ['DOC', 'INT', 'IEP'],
    question: 'Does everyone in work get face-to-face follow-along on the schedule, and contact within 3 days of a job loss?',
  },
  {
    item: 23,
    name: 'Time-unlimited follow-along supports',
    section: 'Services',
    definition:
      'Face-to-face contact within 1 week before a start, within 3 days after, weekly for the first month and at least monthly for a year or more; step-down to a provider worker after steady employment; contact within 3 days of a job loss.',
    points: [
      'No face-to-face meeting with the client after the first month in a job',
      'Face-to-face contact with less than half of working clients for at least 4 months after the start',
      'Face-to-face contact with at least half of working clients for at least 4 months',
      'Face-to-face weekly for the first month and at least monthly for a year or more',
      'Face-to-face within 1 week before the start, within 3 days after, weekly for the first month, monthly for a year; contact within 3 days of a job loss',
    ],
    sources: ['DOC', 'INT', 'IEP'],
    question: 'Does follow-along continue monthly for a year or more, and are job losses followed up within 3 days?',
  },
  {
    item: 24,
    name: 'Community-based services',
    section: 'Services',
    definition:
      'Engagement, job finding and follow-along happen in natural community settings: rated per specialist on their scheduled hours, then averaged (65% of 37.5 hours is about 24.5 hours a week out of the office).',
    points: [
      '30% of scheduled time or less in the community',
      '30-39% of scheduled time in the community',
      '40-49% of scheduled time in the community',
      '50-64% of scheduled time in the community',
      '65% or more of scheduled time in the community',
    ],
    sources: ['MIS', 'DOC', 'INT', 'OBS'],
    question: 'What share of each specialist’s scheduled hours is spent in the community rather than the office?',
  },
  {
    item: 25,
    name: 'Assertive engagement and outreach by integrated treatment team',
    section: 'Services',
    definition:
      'Strategies: (1) service termination is not based on missed appointments or time limits; (2) systematic documentation of outreach attempts; (3) engagement and outreach by integrated team members; (4) multiple home/community visits; (5) coordinated visits by the specialist with a team member; (6) connecting with family, when applicable.',
    points: [
      'Evidence that 2 or fewer strategies are used',
      'Evidence that 3 strategies are used',
      'Evidence that 4 strategies are used',
      'Evidence that 5 strategies are used',
      'Evidence that all 6 strategies are used',
    ],
    sources: ['DOC', 'INT', 'OBS', 'IEP'],
    question: 'Which of the six outreach strategies does the record show, and is anyone closed for missed appointments?',
  },
];

export type Score = 1 | 2 | 3 | 4 | 5;

export interface FidelityBand {
  name: 'Exemplary' | 'Good fidelity' | 'Fair fidelity' | 'Not IPS';
  from: number;
}

/** Total score bands: 115-125 exemplary, 100-114 good, 74-99 fair, 73 or less not IPS. */
const totalBands: readonly FidelityBand[] = [
  { name: 'Exemplary', from: 115 },
  { name: 'Good fidelity', from: 100 },
  { name: 'Fair fidelity', from: 74 },
  { name: 'Not IPS', from: 0 },
];

export function bandOfTotal(total: number): FidelityBand['name'] {
  return totalBands.find((b) => total >= b.from)!.name;
}

export const maximumTotal = 5 * fidelityScale.length;

export function scaleItem(item: number): ScaleItem | undefined {
  return fidelityScale[item - 1];
}
