// The front door's rule for Slack (see src/http/early-answer.ts): a slash
// command or a button press, signed by Slack, is acknowledged at the door with
// the empty 200 our listeners would give anyway, and Bolt then runs it behind
// the door. Anything else (a modal's submission, whose field errors go in the
// ack; type-ahead options; events) is answered by Bolt as before. Runs in the
// front door's thread: it loads no Bolt, and an unsigned or stale request is
// left for Bolt to refuse.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ArrivedRequest, EarlyJudge } from '../../src/http/early-answer.js';

export interface EarlyAckOptions {
  signingSecret: string;
}

/** Bolt's limit on a request's age, which this rule keeps too. */
const maxAgeSeconds = 5 * 60;

function signedBySlack(request: ArrivedRequest, signingSecret: string): boolean {
  const timestamp = Number(request.headers['x-slack-request-timestamp']);
  const signature = request.headers['x-slack-signature'];
  if (!Number.isInteger(timestamp) || Math.abs(request.arrivedAt - timestamp) > maxAgeSeconds || typeof signature !== 'string')
    return false;
  const expected = Buffer.from(`v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(request.body).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A slash command, or a press of a button in a message or the App Home. */
function acknowledgedEmpty(form: URLSearchParams): boolean {
  if (form.has('ssl_check')) return false;
  if (form.has('command')) return true;
  const payload = form.get('payload');
  if (!payload) return false;
  try {
    return (JSON.parse(payload) as { type?: unknown }).type === 'block_actions';
  } catch {
    return false;
  }
}

export default function slackEarlyAck(options: EarlyAckOptions): EarlyJudge {
  return (request) => {
    if (!String(request.headers['content-type']).startsWith('application/x-www-form-urlencoded')) return undefined;
    if (!signedBySlack(request, options.signingSecret)) return undefined;
    return acknowledgedEmpty(new URLSearchParams(request.body.toString('utf8'))) ? { status: 200 } : undefined;
  };
}
