#!/bin/sh
# Stands in for Prisma's native schema engine on machines that cannot download
# it. `prisma generate` never runs the engine; anything that does ends here.
echo "Prisma's native schema engine is not installed on this machine (its download host is unreachable)." >&2
echo "Migrations run on the WebAssembly engine instead: npm run db:migrate, npm run db:diff -- <name>." >&2
exit 1
