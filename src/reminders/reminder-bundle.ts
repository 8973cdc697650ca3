// One specialist's reminders for one day: everything due, in one message.
import type { Tx } from '../db/tx.js';
import type { LocalDate } from '../core/local-date.js';
import { describeDate } from '../core/local-date.js';
import type { Message } from '../core/message.js';
import { message } from '../core/reply.js';
import { loadCaseload } from '../services/caseload-snapshot.js';
import { coveredOn } from '../services/cover.js';
import {
  fidelityActionItems,
  followAlongItems,
  itemLine,
  plannedEmployerItems,
  standingItems,
  type ReminderItem,
} from './reminder-items.js';

export interface BundleOptions {
  /** Include the standing flags (day 30, 3 months): once a week, not every day. */
  standing: boolean;
}

export async function reminderItems(
  tx: Tx,
  specialistId: number,
  today: LocalDate,
  timeZone: string,
  options: BundleOptions,
): Promise<ReminderItem[]> {
  const people = await loadCaseload(tx, { specialistId, status: 'active' }, timeZone);
  const items = people.flatMap((p) => followAlongItems(p, today));
  // Covering for someone away: their follow-along and job-loss contacts come here.
  for (const away of await coveredOn(tx, specialistId, today)) {
    const theirs = await loadCaseload(tx, { specialistId: away.id, status: 'active' }, timeZone);
    items.push(
      ...theirs.flatMap((p) => followAlongItems(p, today)).map((i) => ({ ...i, text: `Covering for ${away.displayName}: ${i.text}` })),
    );
  }
  items.push(...(await plannedEmployerItems(tx, specialistId, today)));
  if (options.standing) items.push(...people.flatMap((p) => standingItems(p, today)));
  items.push(...(await fidelityActionItems(tx, specialistId, today)));
  return items;
}

const titles: Record<ReminderItem['kind'], string> = {
  'follow-along': 'Follow-along with people in work',
  'job-end': 'After a job end',
  employer: 'Planned employer contacts',
  'day-30': 'Past day 30 with no face-to-face employer contact',
  inactive: 'No service or outreach for 3 months',
  action: 'Fidelity action plan',
};

export function reminderMessage(items: readonly ReminderItem[], today: LocalDate): Message {
  const kinds = Object.keys(titles) as ReminderItem['kind'][];
  return message([
    { kind: 'heading', text: `Your IPS reminders for ${describeDate(today, today)}` },
    ...kinds
      .map((kind) => ({ kind, items: items.filter((i) => i.kind === kind) }))
      .filter((g) => g.items.length > 0)
      .map((g) => ({ kind: 'list' as const, title: titles[g.kind], items: g.items.map(itemLine) })),
    {
      kind: 'note',
      text: 'Each item clears itself when you log the contact; follow-along clears only with a face-to-face meeting (/client met <ref> f2f). Away? /ips away until <date> cover <colleague> pauses these and hands follow-along over.',
    },
  ]);
}
