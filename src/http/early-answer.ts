// A platform's request that may be answered before the bot has done its work,
// by the bot's front door (front-door.ts), on a thread that never runs a
// command: Slack's slash commands and button presses wait for an empty 200
// (three seconds at most), and on the thread that ran the commands that 200
// waited behind them. The request is then handed to the adapter that asked,
// in this thread, to run (the door checked it; it does not pass through the
// server again).
import type { IncomingHttpHeaders } from 'node:http';

/** An answer given at the door. */
export interface EarlyAnswer {
  status: number;
}

export interface ArrivedRequest {
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Seconds since the epoch, when it arrived (for signatures' freshness). */
  arrivedAt: number;
}

/** Decides at the door: an answer to give now, or undefined to let the bot's server answer. */
export type EarlyJudge = (request: ArrivedRequest) => EarlyAnswer | undefined;

/** The default export of a rule's module, run in the front door's thread. */
export type EarlyJudgeFactory = (options: never) => EarlyJudge;

/** What an adapter asks of the front door; plain data, so that it can cross to the door's thread. */
export interface EarlyAnswerRule {
  /** POSTs to this exact path are judged; every other request goes through untouched. */
  path: string;
  /** The judge's module (its compiled `.js` address); loaded in the door's thread. */
  module: URL;
  /** Handed to the module's factory: what it needs to judge (a signing secret). */
  options: unknown;
}

/** A request answered at the door, as the adapter that asked for the answer receives it. */
export interface HandedOnRequest {
  headers: IncomingHttpHeaders;
  /** The body as it arrived (UTF-8). */
  body: string;
}

/** Runs, in the bot's thread, a request the door has answered; it must not throw. */
export type HandedOnReceiver = (request: HandedOnRequest) => void;
