# syntax=docker/dockerfile:1
# The bot's image. One stage builds with every dependency; the image that runs
# holds production dependencies only, the compiled code and the migrations,
# and runs as the unprivileged `node` user. Migrations are applied at start
# (several replicas: run `node dist/scripts/db.js migrate` once before them).
ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# The install runs `prisma generate`, which needs the schema and its config.
COPY package.json package-lock.json .npmrc prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma-generate.mjs scripts/schema-engine-unavailable.sh ./scripts/
RUN npm ci
COPY tsconfig.json tsconfig.build.json main.ts ./
COPY src ./src
COPY adapters ./adapters
COPY scripts ./scripts
RUN npm run build

FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# npm keeps the Prisma CLI and TypeScript (our dev dependencies) because
# @prisma/client names them as optional peers; nothing needs them at run time.
RUN npm ci --omit=dev --ignore-scripts \
  && node -e "const l = require('./package-lock.json').packages; for (const [p, m] of Object.entries(l)) if (p && m.devOptional) require('fs').rmSync(p, { recursive: true, force: true })"

FROM node:${NODE_VERSION}-bookworm-slim
# A system font and fontconfig to name it: the PNG charts draw names in
# other scripts than Latin in it (chart-drawing.ts; Latin in assets/chart-font).
RUN apt-get update \
  && apt-get install -y --no-install-recommends fonts-dejavu-core fontconfig \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY prisma ./prisma
COPY assets ./assets
# The embedded database (when DATABASE_URL is empty), exports and backups are written here.
RUN mkdir -p .data out backups && chown node:node .data out backups
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/main.js"]
