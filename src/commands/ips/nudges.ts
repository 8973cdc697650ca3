// /ips nudges off|on: a clinical team leader (or an admin) pauses or resumes
// the team's weekly 5 Rs prompts, and the bot says so in the team's channel so
// nobody wonders where they went.
import { DomainError } from '../../core/domain-error.js';
import { messageReply, message } from '../../core/reply.js';
import { teamChannels } from '../../celebrations/channels.js';
import { z } from 'zod';
import type { ActionSpec, CommandContext } from '../command.js';

const example = '/ips nudges off';
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The team named, else the team whose channel this is, else the caller's only team. */
async function whichTeam(ctx: CommandContext, key: string | undefined) {
  const { tx, invocation, caller } = ctx;
  if (key) {
    const team = await tx.clinicalTeam.findUnique({ where: { key } });
    if (!team) {
      const keys = (await tx.clinicalTeam.findMany({ select: { key: true }, orderBy: { key: 'asc' } })).map((t) => t.key);
      throw new DomainError(
        'NUDGES.NO_SUCH_TEAM',
        `No clinical team has the key "${key}". Teams: ${keys.join(', ') || 'none'}.`,
        `/ips nudges off ${keys[0] ?? 'northside'}`,
      );
    }
    return team;
  }
  const { conversation } = invocation;
  const binding = conversation.isDirect
    ? null
    : await tx.channelBinding.findUnique({
        where: {
          platform_workspace_channelId: {
            platform: conversation.platform,
            workspace: conversation.workspace,
            channelId: conversation.channelId,
          },
        },
        include: { clinicalTeam: true },
      });
  if (binding?.clinicalTeam) return binding.clinicalTeam;
  if (caller.clinicalTeamIds.length === 1) return tx.clinicalTeam.findUniqueOrThrow({ where: { id: caller.clinicalTeamIds[0]! } });
  throw new DomainError(
    'NUDGES.WHICH_TEAM',
    "Which team? Run this in the team's channel, or give the team's key.",
    '/ips nudges off northside',
  );
}

const usage = 'Say "off" to pause the weekly 5 Rs prompts or "on" to resume them, then optionally the team key.';

export const nudges: ActionSpec<{ state: 'on' | 'off'; key?: string }> = {
  words: 'nudges',
  usage: '/ips nudges off|on [team]',
  summary: "pause or resume the weekly 5 Rs prompts in a clinical team's channel",
  examples: [example],
  roles: ['clinician', 'admin'],
  input: () =>
    z.object({
      state: z.enum(['on', 'off'], { errorMap: () => ({ message: usage }) }),
      key: z.string().optional(),
    }),
  parse(text) {
    const [state, key, ...rest] = text.toLowerCase().split(/\s+/).filter(Boolean);
    if (rest.length > 0) throw new DomainError('NUDGES.USAGE', usage, example);
    return { state, key };
  },
  async run(ctx, { state, key }) {
    const { caller } = ctx;
    if (caller.role === 'clinician' && !caller.champion) {
      throw new DomainError(
        'ROLE.FORBIDDEN',
        "Only the clinical team leader (the team's IPS clinical champion) or an admin can pause or resume the team's nudges.",
      );
    }
    const team = await whichTeam(ctx, key);
    if (caller.role === 'clinician' && !caller.clinicalTeamIds.includes(team.id)) {
      throw new DomainError(
        'ROLE.FORBIDDEN',
        `You lead a different clinical team: only ${team.name}'s team leader or an admin can change its nudges.`,
      );
    }
    const enabled = state === 'on';
    if (team.nudgesEnabled === enabled) {
      return messageReply([{ kind: 'paragraph', text: `5 Rs nudges are already ${state} for ${team.name}: nothing changed.` }]);
    }
    await ctx.tx.clinicalTeam.update({ where: { id: team.id }, data: { nudgesEnabled: enabled } });
    await ctx.audit(`nudges.${state}`, 'ClinicalTeam', team.id, { nudgesEnabled: enabled });

    const when = `${weekdays[team.nudgeWeekday - 1] ?? 'the nudge day'} at ${team.nudgeTime}`;
    const notice = enabled
      ? `5 Rs nudges are back on for ${team.name}: a short prompt for the team each ${when}.`
      : `5 Rs nudges are paused for ${team.name}. Job-start celebrations carry on. A team leader or admin can resume them with /ips nudges on.`;
    const who = caller.role === 'admin' ? 'an admin' : 'the team leader';
    const channels = await teamChannels(ctx.tx, team.id);
    const { platform, conversation, idempotencyKey } = ctx.invocation;
    for (const channel of channels) {
      await ctx.enqueue({
        dedupeKey: `nudges-${state}:${team.id}:${platform}:${conversation.workspace}:${idempotencyKey}:${channel.bindingId}`,
        to: { kind: 'conversation', conversation: channel.conversation },
        message: message([
          { kind: 'paragraph', text: notice },
          { kind: 'note', text: `Changed by ${who}.` },
        ]),
      });
    }
    return messageReply([
      { kind: 'paragraph', text: `Done: 5 Rs nudges are ${enabled ? 'on' : 'paused'} for ${team.name}.` },
      {
        kind: 'note',
        text: channels.length
          ? `The team's channel${channels.length > 1 ? 's have' : ' has'} been told.`
          : 'The team has no bound channel yet (/ips channel bind).',
      },
    ]);
  },
};
