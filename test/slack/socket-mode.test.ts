// Socket Mode: Bolt asks apps.connections.open (our fake) for a WebSocket URL,
// connects to our local server, and gets a slash command envelope as Slack
// would push it; the ack goes back over the socket.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextTriggerId, teamId } from './slack-requests.js';
import { slackUsers, startSlackHarness, type SlackHarness } from './slack-harness.js';

let server: WebSocketServer;
let h: SlackHarness;
let socket: WebSocket;
const received: Record<string, unknown>[] = [];

beforeAll(async () => {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const connected = new Promise<WebSocket>((resolve) =>
    server.on('connection', (ws) => {
      ws.on('message', (data) => received.push(JSON.parse((data as Buffer).toString()) as Record<string, unknown>));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0IPSBOT' }, debug_info: { host: 'fake' } }));
      resolve(ws);
    }),
  );
  h = await startSlackHarness({ socketUrl: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link` });
  socket = await connected;
});
afterAll(async () => {
  await h?.close();
  server?.close();
});

describe('Socket Mode', () => {
  it('acks a slash command envelope over the socket, then answers on response_url and writes the contact', async () => {
    expect(h.fake.callsTo('apps.connections.open')).toHaveLength(1);
    socket.send(
      JSON.stringify({
        envelope_id: 'env-contact-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: {
          token: 'legacy-verification-token',
          team_id: teamId,
          team_domain: 'harbour',
          channel_id: 'C0HARBOUR',
          channel_name: 'harbour-ips',
          user_id: slackUsers.aroha,
          user_name: 'aroha',
          command: '/contact',
          text: 'Harbour Cinema email',
          api_app_id: 'A0IPSBOT',
          is_enterprise_install: 'false',
          response_url: h.fake.responseUrl('socket'),
          trigger_id: nextTriggerId(),
        },
      }),
    );
    const respond = await h.fake.waitFor('respond/socket');
    expect(String(respond.body.text)).toContain('Employer contact logged');
    expect(received).toContainEqual({ envelope_id: 'env-contact-1', payload: {} });
    const rows = await h.bot.database.db.employerContact.findMany({ where: { employer: { name: 'Harbour Cinema' } } });
    expect(rows.map((r) => r.type)).toEqual(['email']);
  });
});
