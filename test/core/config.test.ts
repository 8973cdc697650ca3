import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig, loadEnvFileIfPresent } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database and the demo, with no platform', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ database: { kind: 'pglite', dataDir: '.data/pglite' }, demo: true, undoWindowMinutes: 30 });
    expect(config.slack).toBeUndefined();
    expect(config.teams).toBeUndefined();
  });

  it('uses a server when DATABASE_URL is set, and never loads the demo there or with a platform', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' })).toMatchObject({ database: { kind: 'postgres' }, demo: false });
    expect(loadConfig({ SLACK_BOT_TOKEN: 'x', SLACK_SIGNING_SECRET: 'y' }).demo).toBe(false);
    expect(loadConfig({ TEAMS_ENABLED: 'true' })).toMatchObject({ demo: false, teams: { appType: 'MultiTenant' } });
  });

  it('listens on this machine only while Teams authentication is off, unless HOST says otherwise', () => {
    expect(loadConfig({ TEAMS_ENABLED: 'true' }).http).toEqual({ host: '127.0.0.1', port: 3000 });
    expect(loadConfig({ TEAMS_ENABLED: 'true', HOST: '0.0.0.0' }).http.host).toBe('0.0.0.0');
    expect(loadConfig({ MICROSOFT_APP_ID: 'abc', MICROSOFT_APP_PASSWORD: 'p' }).http.host).toBe('0.0.0.0');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'x', SLACK_SIGNING_SECRET: 'y', PORT: '8080' }).http).toEqual({ host: '0.0.0.0', port: 8080 });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL: must start with postgres/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ IPS_UNDO_MINUTES: '0' }, /IPS_UNDO_MINUTES/],
    [{ SLACK_BOT_TOKEN: 'x' }, /SLACK_SIGNING_SECRET is missing/],
    [{ SLACK_SIGNING_SECRET: 'x' }, /SLACK_BOT_TOKEN is missing/],
    [{ MICROSOFT_APP_ID: 'abc' }, /MICROSOFT_APP_PASSWORD is missing/],
    [{ PUBLIC_URL: 'http://bot.example.org' }, /PUBLIC_URL: must be an https:\/\/ address/],
  ])('stops on %j with a message naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('production settings', () => {
  it('binds to loopback unless something authenticates the callers, or HOST says otherwise', () => {
    const slack = { SLACK_BOT_TOKEN: 'x', SLACK_SIGNING_SECRET: 'y' };
    expect(loadConfig({}).http).toEqual({ host: '127.0.0.1', port: 3000 });
    expect(loadConfig(slack).http.host).toBe('0.0.0.0');
    expect(loadConfig({ MICROSOFT_APP_ID: 'abc', MICROSOFT_APP_PASSWORD: 'p' }).http.host).toBe('0.0.0.0');
    // Teams with authentication off accepts any caller: never every interface unless told so.
    expect(loadConfig({ ...slack, TEAMS_ENABLED: 'true' }).http.host).toBe('127.0.0.1');
    expect(loadConfig({ TEAMS_ENABLED: 'true', HOST: '0.0.0.0', PORT: '8080' }).http).toEqual({ host: '0.0.0.0', port: 8080 });
  });

  it('keeps idempotency records a day, sent messages 30 days and audit events 8 years unless set', () => {
    expect(loadConfig({})).toMatchObject({
      logLevel: 'info',
      readyMaxOutboxLagSeconds: 300,
      retention: { idempotencyHours: 24, sentOutboxDays: 30, auditYears: 8 },
    });
    expect(
      loadConfig({
        IPS_IDEMPOTENCY_RETENTION_HOURS: '48',
        IPS_OUTBOX_RETENTION_DAYS: '90',
        IPS_AUDIT_RETENTION_YEARS: '10',
        LOG_LEVEL: 'debug',
      }),
    ).toMatchObject({ logLevel: 'debug', retention: { idempotencyHours: 48, sentOutboxDays: 90, auditYears: 10 } });
  });

  it.each([
    [{ IPS_AUDIT_RETENTION_YEARS: '0' }, /IPS_AUDIT_RETENTION_YEARS/],
    [{ IPS_OUTBOX_RETENTION_DAYS: 'forever' }, /IPS_OUTBOX_RETENTION_DAYS/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ])('stops on %j with a message naming the setting', (env, text) => {
    expect(() => loadConfig(env)).toThrow(text);
  });

  it('reads a .env file when there is one, and the environment wins over it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ips-env-'));
    try {
      await writeFile(join(dir, '.env'), 'IPS_TEST_FROM_FILE=file\nIPS_TEST_FROM_BOTH=file\n');
      vi.stubEnv('IPS_TEST_FROM_FILE', undefined);
      vi.stubEnv('IPS_TEST_FROM_BOTH', 'environment');
      loadEnvFileIfPresent(join(dir, '.env'));
      expect([process.env.IPS_TEST_FROM_FILE, process.env.IPS_TEST_FROM_BOTH]).toEqual(['file', 'environment']);
      expect(() => loadEnvFileIfPresent(join(dir, 'missing.env'))).not.toThrow();
    } finally {
      vi.unstubAllEnvs();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
