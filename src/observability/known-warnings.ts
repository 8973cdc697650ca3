// Node prints every process warning to the terminal. One is known and
// harmless: pg's notice that a transaction's connection was asked a second
// query before the first had answered. Prisma runs a transaction's
// independent reads together and pg queues them, as it always has; the notice
// only says pg 9 will stop queueing (we pin pg 8). Every other warning is
// still printed, as Node prints it.
const known = [/Calling client\.query\(\) when the client is already executing a query/];

export function hideKnownWarnings(): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (known.some((pattern) => pattern.test(warning.message))) return;
    process.stderr.write(`(node:${process.pid}) ${warning.name}: ${warning.message}\n`);
  });
}
