import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createCommandQueue } from '../../adapters/slack/command-queue.js';

describe('the command queue', () => {
  it('holds work while Slack requests are pending, and starts it once they are not', async () => {
    let busy = true;
    let started = false;
    const queue = createCommandQueue({ busy: () => busy, quietMs: 1, maxDeferMs: 60_000 });
    const done = queue(async () => {
      started = true;
      return 'ran';
    });
    await sleep(30);
    expect(started).toBe(false);
    busy = false;
    await expect(done).resolves.toBe('ran');
  });

  it('runs anyway once the longest wait has passed, so a steady stream cannot starve it', async () => {
    const queue = createCommandQueue({ busy: () => true, quietMs: 1, maxDeferMs: 5 });
    await expect(queue(async () => 'ran')).resolves.toBe('ran');
  });

  it('runs one command at a time, in order, and a failure does not stop the next', async () => {
    const queue = createCommandQueue({ busy: () => false, quietMs: 1, maxDeferMs: 5 });
    const events: string[] = [];
    const job =
      (name: string, fail = false) =>
      async () => {
        events.push(`start ${name}`);
        await sleep(5);
        events.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([queue(job('a')), queue(job('b', true)), queue(job('c'))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });
});
