// One POST from a bench's senders to an app on 127.0.0.1, over their
// keep-alive agent: resolves when the answer has ended with 200.
import { request, type Agent, type OutgoingHttpHeaders } from 'node:http';

export function postLocal(agent: Agent, port: number, path: string, headers: OutgoingHttpHeaders, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const r = request(
      { agent, host: '127.0.0.1', port, path, method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`))));
      },
    );
    r.on('error', reject);
    r.end(body);
  });
}
