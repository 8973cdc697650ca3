// Replicas started together on one PostgreSQL server would each apply the
// pending migrations and race on them. A session-level advisory lock, held
// on a connection of its own while one process migrates, makes the others
// wait and then find nothing left to apply.

/** An arbitrary constant that names this bot's start-up work among a server's advisory locks. */
const startupLockKey = 4_711_2026;

export async function underStartupLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  // pg is loaded when used: this module is imported before the embedded database's thread starts.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [startupLockKey]);
    return await work();
  } finally {
    // Ending the session releases the lock, also when the unlock is never reached.
    await client.end();
  }
}
