// Why a case closes (fidelity item 25: never for missed appointments). A fixed
// list, so the outcomes return can count them, read from the usual phrasings.
export const closeReasonList = ['moved away', 'chose to leave', 'stepped down', 'transferred', 'not engaging', 'other'] as const;
export type CloseReason = (typeof closeReasonList)[number];

export const closeReasonLabels: Record<CloseReason, string> = {
  'moved away': 'moved away',
  'chose to leave': 'chose to leave the service',
  'stepped down': 'stepped down after steady work',
  transferred: 'transferred to another service',
  'not engaging': 'not engaging after documented outreach',
  other: 'other',
};

/** Phrasings people type, tried in order; the first that matches the start of the reason wins. */
const phrasings: readonly [RegExp, CloseReason][] = [
  [/^(moved|moving|relocat|left the area|out of (the )?area|moved away)/i, 'moved away'],
  [
    /^(chose|choose|chosen|decided|declined|withdr[ae]w|no longer want|doesn'?t want|does not want|opted out|left the service|wants to leave|leaving)/i,
    'chose to leave',
  ],
  [/^(step(ped)?[- ]?down|steady (work|employment)|settled in work|stable in work)/i, 'stepped down'],
  [/^(transfer|referred on|moved to another service)/i, 'transferred'],
  [/^(not engaging|disengaged|no engagement|lost contact|no contact|not responding|missed appointments|dna)/i, 'not engaging'],
  [/^other\b/i, 'other'],
];

export interface ReadCloseReason {
  reason: CloseReason;
  /** What was typed after the reason's own words (for "other", the note). */
  note: string;
}

export function readCloseReason(text: string): ReadCloseReason | undefined {
  const typed = text.trim();
  for (const [pattern, reason] of phrasings) {
    const m = pattern.exec(typed);
    if (m) return { reason, note: reason === 'other' ? typed.slice(m[0].length).replace(/^[\s:,-]+/, '') : typed };
  }
  return undefined;
}
