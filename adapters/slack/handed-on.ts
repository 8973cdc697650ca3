// Runs a request the front door acknowledged (early-ack.ts) through Bolt, as
// Bolt's own receiver would after its ack: the body parsed as Slack sends it
// (a form; interactivity's JSON in its `payload` field), Slack's retry headers
// kept, and an ack that has nothing left to say. The door checked the
// signature; the request comes over the thread's message port, not the wire.
import { parse } from 'node:querystring';
import type { App } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.js';
import type { HandedOnReceiver } from '../../src/http/early-answer.js';

function slackBody(body: string): Record<string, unknown> {
  const form = parse(body);
  return typeof form.payload === 'string' ? (JSON.parse(form.payload) as Record<string, unknown>) : form;
}

const header = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

export function runHandedOn(app: () => App, log: Logger): HandedOnReceiver {
  return ({ headers, body }) => {
    const retryNum = header(headers['x-slack-retry-num']);
    const retryReason = header(headers['x-slack-retry-reason']);
    const run = async () =>
      app().processEvent({
        body: slackBody(body),
        ack: async () => {},
        ...(retryNum ? { retryNum: Number.parseInt(retryNum, 10) } : {}),
        ...(retryReason ? { retryReason } : {}),
      });
    run().catch((error: unknown) =>
      log.error({ platform: 'slack', code: 'SLACK.AFTER_ACK', error: (error as Error).name }, 'a Slack request failed after its ack'),
    );
  };
}
