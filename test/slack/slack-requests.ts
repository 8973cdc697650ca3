// Requests to the Bolt app, signed exactly as Slack signs them, and the
// payloads Slack sends (slash commands form-encoded, interactivity as a
// `payload` form field, events as JSON). Used by the tests and the benchmark.
import { createHmac } from 'node:crypto';

export const signingSecret = 'test-signing-secret-0123456789abcdef';

export interface SignOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Override the signature; null sends none. */
  signature?: string | null;
  headers?: Record<string, string>;
}

export function sign(body: string, timestamp: number, secret = signingSecret): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlackRequest {
  body: string;
  contentType: string;
}

export async function sendSigned(
  port: number,
  request: SlackRequest,
  options: SignOptions = {},
): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = options.signature === undefined ? sign(request.body, timestamp) : options.signature;
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': request.contentType,
      'x-slack-request-timestamp': String(timestamp),
      ...(signature === null ? {} : { 'x-slack-signature': signature }),
      ...options.headers,
    },
    body: request.body,
  });
  return { status: response.status, text: await response.text() };
}

export const teamId = 'T0HARBOUR';

export interface SlashCommand {
  command: string;
  text?: string;
  userId: string;
  channelId?: string;
  triggerId?: string;
  responseUrl: string;
}

let sequence = 0;
export const nextTriggerId = () => `${++sequence}.1234567890.trigger${sequence}`;

export function slashCommand(c: SlashCommand): SlackRequest {
  const body = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: teamId,
    team_domain: 'harbour',
    channel_id: c.channelId ?? 'C0HARBOUR',
    channel_name: 'harbour-ips',
    user_id: c.userId,
    user_name: c.userId.toLowerCase(),
    command: c.command,
    text: c.text ?? '',
    api_app_id: 'A0IPSBOT',
    is_enterprise_install: 'false',
    response_url: c.responseUrl,
    trigger_id: c.triggerId ?? nextTriggerId(),
  });
  return { body: body.toString(), contentType: 'application/x-www-form-urlencoded' };
}

export function interaction(payload: Record<string, unknown>): SlackRequest {
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}

export function event(event: Record<string, unknown>, eventId = `Ev${++sequence}`): SlackRequest {
  const body = {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A0IPSBOT',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'UBOT0001', is_bot: true, is_enterprise_install: false }],
  };
  return { body: JSON.stringify(body), contentType: 'application/json' };
}
