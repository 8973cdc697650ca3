// A week's nudge for one clinical team's channel.
import type { Block, Message } from '../core/message.js';
import { message } from '../core/reply.js';
import { rMeanings, type RPrompt, type TeamFigure } from './prompts.js';
import type { TeamFigures } from './team-figures.js';

function figureLine(figure: TeamFigure, f: TeamFigures): string | undefined {
  switch (figure) {
    case 'referrals this month':
      return f.referralsThisMonth === 0
        ? 'No referrals from the team to the employment specialist yet this month.'
        : `This month the team has referred ${f.referralsThisMonth} ${f.referralsThisMonth === 1 ? 'person' : 'people'} to the employment specialist.`;
    case 'job starts this quarter':
      // A zero here reads as blame, not help: say nothing.
      return f.jobStartsThisQuarter === 0
        ? undefined
        : `${f.jobStartsThisQuarter} ${f.jobStartsThisQuarter === 1 ? 'person' : 'people'} from the team started work this quarter.`;
  }
}

export interface Nudge {
  prompt: RPrompt;
  /** Weeks without a referral, when this is the drought week's Refer prompt. */
  droughtWeeks?: number;
}

export function nudgeMessage(nudge: Nudge, teamName: string, figures: TeamFigures): Message {
  const { prompt } = nudge;
  const blocks: Block[] = [
    { kind: 'heading', text: `5 Rs this week: ${prompt.r}` },
    { kind: 'paragraph', text: rMeanings[prompt.r] },
  ];
  if (nudge.droughtWeeks !== undefined) {
    blocks.push({
      kind: 'paragraph',
      text: `${teamName} has not referred anyone to the employment specialist for ${nudge.droughtWeeks} weeks.`,
    });
  }
  blocks.push({ kind: 'paragraph', text: prompt.text });
  const lines = prompt.figures.map((f) => figureLine(f, figures)).filter((l): l is string => l !== undefined);
  if (lines.length) blocks.push({ kind: 'paragraph', text: lines.join(' ') });
  if (nudge.droughtWeeks !== undefined) {
    blocks.push({ kind: 'buttons', buttons: [{ label: 'Refer someone', command: 'refer', args: '', style: 'primary' }] });
  }
  blocks.push({
    kind: 'note',
    text: 'A weekly prompt for the team from the IPS service. Team leaders can pause these with /ips nudges off.',
  });
  return message(blocks);
}
