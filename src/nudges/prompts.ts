// The 5 Rs from the IPS clinical myth-buster, as short weekly prompts for a
// clinical team's channel: hopeful, factual, addressed to the whole team and
// never to one clinician or about one person.

export const fiveRs = ['Raise', 'Recognise', 'Respond', 'Refer', 'Revisit'] as const;
export type FiveR = (typeof fiveRs)[number];

/** Which of the team's own numbers a prompt shows, where they help. */
export type TeamFigure = 'referrals this month' | 'job starts this quarter';

export interface RPrompt {
  r: FiveR;
  /** The R's one-line meaning, as the myth-buster puts it. */
  text: string;
  figures: readonly TeamFigure[];
}

export const rMeanings: Record<FiveR, string> = {
  Raise: 'Raise work early in the treatment pathway, and keep raising it.',
  Recognise: 'Recognise the risks being out of work brings to a person and their family.',
  Respond: 'Respond to the straightforward work challenges people name.',
  Refer: 'Refer people who have more complex difficulties to the employment specialist in your team, and work together as an MDT.',
  Revisit: 'Revisit work to review progress, jointly with the employment specialist.',
};

const p = (r: FiveR, figures: readonly TeamFigure[], texts: readonly string[]): RPrompt[] => texts.map((text) => ({ r, text, figures }));

/** At least four per R, so a team sees the same text no more than every 20 weeks. */
export const prompts: Record<FiveR, readonly RPrompt[]> = {
  Raise: p(
    'Raise',
    ['job starts this quarter'],
    [
      'Diagnosis does not predict who can work: wanting to work does. Try asking everyone you see this week, "Have you thought about work?"',
      'Work is a health outcome. When you update a care plan this week, add a line on work or study goals, even if the answer is "not yet".',
      'People do not have to be 100% well to start looking for work. When someone mentions money, boredom or routine, that is a good moment to raise it.',
      'Raise work at the first appointment, not the last. Early conversations are the ones that lead to job starts.',
    ],
  ),
  Recognise: p(
    'Recognise',
    ['job starts this quarter'],
    [
      'Poor mental health is both a cause and a consequence of unemployment. Being out of work is a risk worth naming in reviews.',
      'Unemployment reaches the whole family: children in workless households are almost twice as likely to struggle at school.',
      'There is no evidence that the right job, with the right support, leads to clinical deterioration. Appropriate work lowers the chance of relapse.',
      'Debt, isolation and a lost routine often follow a job loss. If someone has lost work, treat it as a risk and let the employment specialist know within 3 days.',
    ],
  ),
  Respond: p(
    'Respond',
    [],
    [
      'Worried about benefits? The employment specialist can arrange a "better off" calculation, so people decide with the facts.',
      'Unsure what to tell an employer about their health? Talk through what they want to share; the employment specialist can help plan it.',
      'Side effects such as morning drowsiness can make work harder. Timing of medication is for the prescriber and the MDT to review with the person: raise it with them, and the employment specialist can help plan around it.',
      'Small things keep momentum: a CV, interview nerves, the journey to work. Ten minutes in an appointment can make the difference.',
    ],
  ),
  Refer: p(
    'Refer',
    ['referrals this month'],
    [
      'Anyone who wants to work can be referred: no readiness test, no waiting for symptoms to settle. Strike while the iron is hot.',
      'The employment specialist starts helping people approach employers within 30 days of meeting them. Refer when work is first mentioned.',
      'Not sure someone is ready? Refer anyway and talk it through at the MDT: wanting to work is the only criterion.',
      'A criminal record, substance use or no work history is not a reason to wait. IPS is open to everyone who wants a job.',
    ],
  ),
  Revisit: p(
    'Revisit',
    ['job starts this quarter'],
    [
      'Revisit work at reviews: ask people working with the employment specialist how it is going, and what would help.',
      'Invite the employment specialist to a review this week for someone who is job-searching or newly in work.',
      'The first month in a new job is when support matters most. Ask anyone who started recently how their first weeks are going.',
      'If a job has ended, revisit rather than close the door: the next job often comes faster with the employment specialist still involved.',
    ],
  ),
};

/** The Refer prompt of a week with no referrals for too long; it comes with a button to refer. */
export const droughtPrompts: readonly RPrompt[] = p(
  'Refer',
  ['referrals this month'],
  [
    'Who on your caseload has mentioned work, money or wanting a routine? A referral takes a minute, and wanting to work is enough.',
    'One referral this week could be someone’s first step back to work. Think of one person who has talked about a job.',
    'People say getting a job matters to their recovery. Is there someone you see who has not been asked yet?',
    'Referring early makes the most of motivation. If someone mentioned work at their last appointment, this is the week to refer.',
    'No readiness test, no waiting list for "well enough": anyone who wants to work can be referred to the employment specialist today.',
  ],
);
