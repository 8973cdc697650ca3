// Real-shaped Teams activities, as the Bot Connector posts them to /api/messages.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/database.js';

export const tenant = 'tenant-harbour';
export const bot = { id: '28:ips-bot', name: 'IPS Bot' };
export const channelId = '19:northside-general@thread.tacv2';

/** Demo roster members with a Teams account: handle → AAD object id and Teams id. */
export const users = {
  aroha: { aad: 'aad-aroha', teamsId: '29:aroha', role: 'specialist' },
  ben: { aad: 'aad-ben', teamsId: '29:ben', role: 'specialist' },
  dana: { aad: 'aad-dana', teamsId: '29:dana', role: 'supervisor' },
  eli: { aad: 'aad-eli', teamsId: '29:eli', role: 'clinician' },
  gus: { aad: 'aad-gus', teamsId: '29:gus', role: 'admin' },
} as const;
export type UserName = keyof typeof users;
/** A Teams account outside the demo roster's (the benches' many specialists). */
export interface TeamsAccount {
  name: string;
  aad: string;
  teamsId: string;
}

export async function linkTeamsUsers(db: Db, names: readonly UserName[] = Object.keys(users) as UserName[]): Promise<void> {
  for (const handle of names) {
    const staff = await db.staff.findUniqueOrThrow({ where: { handle } });
    await db.staffIdentity.create({ data: { staffId: staff.id, platform: 'teams', workspace: tenant, externalId: users[handle].aad } });
  }
}

export interface Where {
  serviceUrl: string;
  as: UserName | TeamsAccount;
  /** A channel post (with the bot @mentioned) instead of the personal chat. */
  inChannel?: boolean;
  id?: string;
}

function base(where: Where) {
  const user = typeof where.as === 'string' ? { name: where.as, ...users[where.as] } : where.as;
  return {
    id: where.id ?? randomUUID(),
    channelId: 'msteams',
    serviceUrl: where.serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: user.teamsId, name: user.name, aadObjectId: user.aad },
    recipient: bot,
    conversation: where.inChannel
      ? { id: `${channelId};messageid=1700000000000`, conversationType: 'channel', isGroup: true, tenantId: tenant }
      : { id: `a:personal-${user.name}`, conversationType: 'personal', tenantId: tenant },
    channelData: where.inChannel
      ? { tenant: { id: tenant }, team: { id: '19:team@thread.tacv2' }, channel: { id: channelId } }
      : { tenant: { id: tenant } },
    locale: 'en-GB',
  };
}

/** A message typed to the bot; in a channel it starts with the bot's @mention. */
export function message(where: Where, text: string, mentions: { text: string; id: string; name: string; aadObjectId?: string }[] = []) {
  const mentionBot = where.inChannel ? [{ type: 'mention', text: `<at>${bot.name}</at>`, mentioned: bot }] : [];
  return {
    ...base(where),
    type: 'message',
    text: where.inChannel ? `<at>${bot.name}</at> ${text}` : text,
    textFormat: 'plain',
    entities: [
      ...mentionBot,
      ...mentions.map((m) => ({
        type: 'mention',
        text: m.text,
        mentioned: { id: m.id, name: m.name, ...(m.aadObjectId ? { aadObjectId: m.aadObjectId } : {}) },
      })),
    ],
  };
}

/** An Action.Submit click on a card the bot sent (`replyToId` is the card's activity id). */
export function cardSubmit(where: Where, value: Record<string, unknown>, replyToId: string) {
  return { ...base(where), type: 'message', value, replyToId };
}

export function invoke(where: Where, name: string, value: Record<string, unknown>) {
  return { ...base(where), type: 'invoke', name, value };
}

export function installed(where: Where) {
  return { ...base(where), type: 'installationUpdate', action: 'add' };
}
