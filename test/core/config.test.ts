import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

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
