import { defineConfig } from 'prisma/config';

// Migrations are applied by our WebAssembly engine wrapper (src/db/migrations.ts),
// so the CLI is only used for `prisma generate`; it needs no database URL.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
