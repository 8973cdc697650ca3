// The only module that reads the environment. Every setting is validated at
// start; a missing or bad one stops the bot with a message that names it.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { DatabaseLocation } from './db/database.js';
import { logLevels, type LogLevel } from './observability/logger.js';
import type { RetentionSettings } from './scheduling/retention.js';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const whole = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const EnvSchema = z.object({
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  IPS_DATA_DIR: optionalText.default('.data/pglite'),
  IPS_NO_DEMO: flag,
  IPS_UNDO_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  IPS_CATCH_UP_HOURS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 7)
    .default(24),
  IPS_FILE_KEEP_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(7 * 24),
  IPS_FILE_LINK_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: optionalText,
  PUBLIC_URL: optionalText.pipe(z.string().url().startsWith('https://', 'must be an https:// address').optional()),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  IPS_READY_MAX_OUTBOX_LAG_SECONDS: whole(1, 24 * 3600, 300),
  IPS_IDEMPOTENCY_RETENTION_HOURS: whole(1, 24 * 365, 24),
  IPS_OUTBOX_RETENTION_DAYS: whole(1, 3650, 30),
  IPS_AUDIT_RETENTION_YEARS: whole(1, 100, 8),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: optionalText.pipe(z.string().url().optional()),
  TEAMS_ENABLED: flag,
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TENANT_ID: optionalText,
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
});

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Socket Mode when set. */
  appToken?: string;
  apiUrl?: string;
}

export interface TeamsConfig {
  /** Absent: authentication off, as in the Bot Framework Emulator. */
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

export interface HttpConfig {
  /** The one HTTP server: platform webhooks and the health, readiness and metrics routes. */
  host: string;
  port: number;
}

export interface Config {
  database: DatabaseLocation;
  /** Load the demo roster into an empty embedded database with no platform configured. */
  demo: boolean;
  undoWindowMinutes: number;
  catchUpHours: number;
  /** How long exports and charts stay downloadable, and how long a picture link works. */
  fileKeepHours: number;
  fileLinkHours: number;
  http: HttpConfig;
  /** The https address the bot is reached at (pictures in Teams cards link to it). */
  publicUrl?: string;
  logLevel: LogLevel;
  retention: RetentionSettings;
  /** /readyz fails when the oldest due outbox message has waited longer than this. */
  readyMaxOutboxLagSeconds: number;
  slack?: SlackConfig;
  teams?: TeamsConfig;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Bad settings (see .env.example):\n${lines.join('\n')}`);
  }
  const e = parsed.data;

  let slack: SlackConfig | undefined;
  if (e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN) {
    if (!e.SLACK_BOT_TOKEN)
      throw new ConfigError('SLACK_BOT_TOKEN is missing: Slack settings are present, but not the bot token (xoxb-…).');
    if (!e.SLACK_SIGNING_SECRET) throw new ConfigError('SLACK_SIGNING_SECRET is missing: Slack verifies every request with it.');
    slack = { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL };
  }

  let teams: TeamsConfig | undefined;
  if (e.TEAMS_ENABLED || e.MICROSOFT_APP_ID) {
    if (e.MICROSOFT_APP_ID && !e.MICROSOFT_APP_PASSWORD && e.MICROSOFT_APP_TYPE !== 'UserAssignedMSI') {
      throw new ConfigError('MICROSOFT_APP_PASSWORD is missing: it goes with MICROSOFT_APP_ID.');
    }
    teams = {
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      appType: e.MICROSOFT_APP_TYPE ?? 'MultiTenant',
    };
  }

  // Safe by default: only loopback when nothing authenticates the callers
  // (the terminal, or Teams with authentication off); every interface when
  // Slack or Teams must reach the bot (a container, a host behind a proxy).
  const unauthenticated = (!slack && !teams) || (teams !== undefined && !teams.appId);
  const host = e.HOST ?? (unauthenticated ? '127.0.0.1' : '0.0.0.0');

  return {
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: e.IPS_DATA_DIR },
    demo: !e.IPS_NO_DEMO && !e.DATABASE_URL && !slack && !teams,
    undoWindowMinutes: e.IPS_UNDO_MINUTES,
    catchUpHours: e.IPS_CATCH_UP_HOURS,
    fileKeepHours: e.IPS_FILE_KEEP_HOURS,
    fileLinkHours: e.IPS_FILE_LINK_HOURS,
    http: { host, port: e.PORT },
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    retention: {
      idempotencyHours: e.IPS_IDEMPOTENCY_RETENTION_HOURS,
      sentOutboxDays: e.IPS_OUTBOX_RETENTION_DAYS,
      auditYears: e.IPS_AUDIT_RETENTION_YEARS,
    },
    readyMaxOutboxLagSeconds: e.IPS_READY_MAX_OUTBOX_LAG_SECONDS,
    slack,
    teams,
  };
}

/**
 * Reads a .env file in the working directory into the environment, when there
 * is one (Node's own parser). Settings already in the environment win.
 */
export function loadEnvFileIfPresent(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/**
 * Gives a native library a setting through the process's environment, unless
 * the operator gave one: resvg's allocator (mimalloc) reads its settings from
 * the C environment when the library is loaded, and Node writes process.env
 * through to it.
 */
export function defaultNativeSetting(name: string, value: string): void {
  process.env[name] ??= value;
}
