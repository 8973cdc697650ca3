// The core's services with every reply the router gives kept in order: the
// contract suite compares what the core answered on each platform. The
// router itself runs; only its answers are written down.
import type { CommandReply } from '../../src/core/invocation.js';
import type { AdapterServices } from '../../src/core/platform-adapter.js';

export function recordingReplies(services: AdapterServices): { services: AdapterServices; replies: CommandReply[] } {
  const replies: CommandReply[] = [];
  return {
    replies,
    services: {
      ...services,
      async handle(invocation) {
        const reply = await services.handle(invocation);
        replies.push(reply);
        return reply;
      },
    },
  };
}
