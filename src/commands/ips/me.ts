// /ips me: the caller's week at a glance.
import { describeDate, isoWeekOf } from '../../core/local-date.js';
import type { Block } from '../../core/message.js';
import { messageReply } from '../../core/reply.js';
import { specialistsInScope } from '../../services/caseload.js';
import { loadCaseload } from '../../services/caseload-snapshot.js';
import { faceToFaceInWeek } from '../../services/contacts.js';
import { weeklyContactTarget } from '../../digests/fidelity-bands.js';
import { lookingForWork, lookingOn } from '../../digests/looking-for-work.js';
import { outcomeFigures, outcomeLines, rollingYear } from '../../services/outcomes.js';
import { followAlongItems, itemLine, plannedEmployerItems, standingItems } from '../../reminders/reminder-items.js';
import { sum } from '../../digests/numbers.js';
import type { ActionSpec } from '../command.js';
import { nothing } from '../input-fields.js';

export const me: ActionSpec<object> = {
  words: 'me',
  usage: '/ips me',
  summary: 'your week: employer contacts against target, follow-along due, overdue employer follow-ups, outcomes',
  examples: ['/ips me'],
  roles: ['specialist', 'supervisor'],
  input: nothing,
  async run(ctx) {
    const { tx, today, caller } = ctx;
    const ids = await specialistsInScope(tx, caller);
    const week = isoWeekOf(today);
    let f2f = 0;
    const employerItems = [];
    for (const id of ids) {
      f2f += await faceToFaceInWeek(tx, id, today);
      employerItems.push(...(await plannedEmployerItems(tx, id, today)));
    }
    const people = await loadCaseload(tx, { specialistId: { in: ids } }, caller.timeZone);
    const active = people.filter((p) => p.status === 'active');
    const followAlong = active.flatMap((p) => followAlongItems(p, today));
    const flags = active.flatMap((p) => standingItems(p, today));
    // The summary's target (item 17): 6 a week, or 2 × the people looking for work when fewer than 3 are.
    const looking = await lookingForWork(tx, ids, [today]);
    const target = sum(ids.map((id) => weeklyContactTarget(lookingOn(looking, id, today))));
    const lookingNow = sum(ids.map((id) => lookingOn(looking, id, today)));
    const { from, to } = rollingYear(today);
    const blocks: Block[] = [
      {
        kind: 'heading',
        text: `${caller.role === 'supervisor' ? "Your unit's" : 'Your'} week (${describeDate(week.start, today)} to ${describeDate(week.end, today)})`,
      },
      {
        kind: 'paragraph',
        text:
          target === 0
            ? `Face-to-face employer contacts: ${f2f}; no target this week: nobody on the caseload is looking for work.`
            : `Face-to-face employer contacts: ${f2f} of ${target}${f2f >= target ? ' (target met)' : ''}. Target: 6 a week, or 2 × the people looking for work when fewer than 3 are (${lookingNow} looking now).`,
      },
      {
        kind: 'list',
        title: 'Follow-along and job-end contacts due',
        items: followAlong.length ? followAlong.map(itemLine) : ['None due.'],
      },
      {
        kind: 'list',
        title: 'Employer follow-ups planned and not yet logged',
        items: employerItems.length ? employerItems.map(itemLine) : ['None.'],
      },
    ];
    if (flags.length) blocks.push({ kind: 'list', title: 'Caseload flags', items: flags.map(itemLine) });
    blocks.push({
      kind: 'list',
      title: `Outcomes (IPS Grow definitions), last 12 months (${active.length} on the active caseload)`,
      items: outcomeLines(outcomeFigures(people, from, to)),
    });
    return messageReply(blocks);
  },
};
