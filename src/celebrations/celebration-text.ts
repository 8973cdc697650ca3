// What a celebration says. Templates never see the person's reference or the
// raw rows: they get `Said`, which holds only what consent allows, so a
// template cannot leak what it was never given.
import type { Block, Message } from '../core/message.js';
import { message } from '../core/reply.js';

export const celebrationKinds = ['start', 'weeks4', 'weeks13', 'weeks26', 'interview'] as const;
export type CelebrationKind = (typeof celebrationKinds)[number];

/** Who is celebrated: by first name with recorded consent, otherwise as "someone on the team's caseload". */
export type Subject = { named: true; firstName: string } | { named: false; teamName: string };

/** Where they work (or interviewed): the employer's name only when it may be shown. */
export interface Workplace {
  businessType: string | null;
  /** Absent when the person did not consent to be named and the team hides employer names. */
  employerName?: string;
}

export interface CelebrationFacts {
  kind: CelebrationKind;
  subject: Subject;
  /** The job (absent for an interview). */
  job?: { role: string; jobType: string };
  workplace?: Workplace;
  /** The specialist thanked, by display name (none when the person has no specialist yet). */
  specialistName?: string;
}

/** The phrases templates are built from. */
export interface Said {
  /** "Sam" or "Someone on the Northside CMHT caseload" */
  Who: string;
  /** "Sam" or "someone on the Northside CMHT caseload" */
  who: string;
  /** "a barista" */
  aRole: string;
  /** "hospitality" */
  jobType: string;
  /** "Harbour Café (a café)" or "a café" */
  where: string;
  /** "a café" (never the name) */
  aBusiness: string;
}

type Template = (s: Said) => string;

const templates: Record<CelebrationKind, readonly Template[]> = {
  start: [
    (s) => `${s.Who} has started work as ${s.aRole} at ${s.where}: a new job in ${s.jobType}.`,
    (s) => `Good news: ${s.who} has started a ${s.jobType} job as ${s.aRole} at ${s.where}.`,
    (s) => `A new job in ${s.jobType}! ${s.Who} is now working as ${s.aRole} at ${s.where}.`,
    (s) => `${s.Who} has just started as ${s.aRole} at ${s.where}. Work in ${s.jobType}, found with IPS support.`,
    (s) => `Another job start for the team: ${s.who} is working in ${s.jobType} as ${s.aRole}, at ${s.where}.`,
    (s) => `Paid work, their choice: ${s.who} has started as ${s.aRole} (${s.jobType}) at ${s.where}.`,
    (s) => `Celebrating ${s.who}, who started work this week as ${s.aRole} at ${s.where}, in ${s.jobType}.`,
  ],
  weeks4: [
    (s) => `${s.Who} has now been working for 4 weeks as ${s.aRole} at ${s.where} (${s.jobType}).`,
    (s) => `Four weeks in: ${s.who} is still going strong as ${s.aRole} at ${s.where}, in ${s.jobType}.`,
    (s) => `A month in work for ${s.who}: ${s.aRole} at ${s.where}, a ${s.jobType} job.`,
  ],
  weeks13: [
    (s) => `Three months in work: ${s.who} has been ${s.aRole} at ${s.where} for 13 weeks (${s.jobType}).`,
    (s) => `${s.Who} reached 3 months as ${s.aRole} at ${s.where}, in ${s.jobType}.`,
    (s) => `13 weeks and counting: ${s.who} is still working in ${s.jobType} as ${s.aRole} at ${s.where}.`,
  ],
  weeks26: [
    (s) => `Six months in work! ${s.Who} has been ${s.aRole} at ${s.where} for 26 weeks (${s.jobType}).`,
    (s) => `Half a year as ${s.aRole} at ${s.where}: well done to ${s.who}, in ${s.jobType}.`,
    (s) => `${s.Who} has kept their ${s.jobType} job as ${s.aRole} at ${s.where} for six months.`,
  ],
  interview: [
    (s) => `${s.Who} had their first job interview since joining IPS, with ${s.where}.`,
    (s) => `First interview done: ${s.who} met with ${s.where} about a job.`,
    (s) => `A first step into work: ${s.who} has had a job interview with ${s.where}.`,
  ],
};

const headings: Record<CelebrationKind, string> = {
  start: '🎉 Job start',
  weeks4: '🎉 4 weeks in work',
  weeks13: '🎉 3 months in work',
  weeks26: '🎉 6 months in work',
  interview: '🎉 First interview',
};

export function templateCount(kind: CelebrationKind): number {
  return templates[kind].length;
}

function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** "Café" → "café", but "NHS trust" stays as it is. */
function lowerFirst(phrase: string): string {
  return /^[A-Z][a-z]/.test(phrase) ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase;
}

export function said(facts: CelebrationFacts): Said {
  const who = facts.subject.named ? facts.subject.firstName : `someone on the ${facts.subject.teamName} caseload`;
  const businessType = facts.workplace?.businessType?.trim();
  const aBusiness = businessType ? withArticle(lowerFirst(businessType)) : 'a local employer';
  const name = facts.workplace?.employerName;
  return {
    Who: who[0]!.toUpperCase() + who.slice(1),
    who,
    aRole: withArticle(lowerFirst(facts.job?.role.trim() || facts.job?.jobType || 'new job')),
    jobType: lowerFirst(facts.job?.jobType ?? 'work'),
    where: name ? (businessType ? `${name} (${aBusiness})` : name) : aBusiness,
    aBusiness,
  };
}

/** The celebration as posted; `variant` picks the template (any integer: it wraps). */
export function celebrationMessage(facts: CelebrationFacts, variant: number): Message {
  const list = templates[facts.kind];
  const template = list[((variant % list.length) + list.length) % list.length]!;
  const blocks: Block[] = [
    { kind: 'heading', text: headings[facts.kind] },
    { kind: 'paragraph', text: template(said(facts)) },
  ];
  if (facts.specialistName)
    blocks.push({ kind: 'note', text: `Thanks to ${facts.specialistName}, employment specialist, for the support.` });
  return message(blocks);
}
