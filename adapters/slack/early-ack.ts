// The front door's rule for Slack (see src/http/early-answer.ts): a slash
// command or a button press, signed by Slack, is acknowledged at the door with
// the empty 200 our listeners would give anyway, and Bolt then runs it behind
// the door. Anything else (a modal's submission, whose field errors go in the
// ack; type-ahead options; events) is answered by Bolt as before. Runs in the
// front door's thread: of Bolt it loads only the signature check its receiver
// uses, so that the door and Bolt agree on what is signed; an unsigned or
// stale request is left for Bolt to refuse.
import { isValidSlackRequest } from '@slack/bolt/dist/receivers/verify-request.js';
import type { ArrivedRequest, EarlyJudge } from '../../src/http/early-answer.js';

export interface EarlyAckOptions {
  signingSecret: string;
}

function signedBySlack(request: ArrivedRequest, signingSecret: string): boolean {
  const signature = request.headers['x-slack-signature'];
  return isValidSlackRequest({
    signingSecret,
    body: request.body.toString('utf8'),
    headers: {
      'x-slack-signature': typeof signature === 'string' ? signature : '',
      'x-slack-request-timestamp': Number(request.headers['x-slack-request-timestamp']),
    },
    nowMilliseconds: request.arrivedAt * 1000,
  });
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
