// The Slack app manifest, made from the core's command list so that the two
// cannot drift. manifest/slack/manifest.json is this with a placeholder host;
// `npm run slack:manifest -- https://your-host` prints it for yours, and
// `npm run slack:manifest -- --update` rewrites the checked-in one after a
// command is added.
import type { webApi } from '@slack/bolt';
import { commandHint } from '../../src/commands/help.js';
import type { CommandDefinition } from '../../src/commands/command.js';
import { slackEventsPath } from './events-path.js';

export type SlackManifest = webApi.AppsManifestCreateArguments['manifest'];

export const placeholderHost = 'https://ips-bot.example.org';

export function buildManifest(commands: readonly CommandDefinition[], host = placeholderHost): SlackManifest {
  const url = `${host.replace(/\/+$/, '')}${slackEventsPath}`;
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'IPS bot',
      description: 'Log employer contacts, leads and job starts for your IPS team, and see your week.',
      background_color: '#1d4e5f',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: true },
      bot_user: { display_name: 'IPS bot', always_online: true },
      slash_commands: commands.map((c) => ({
        command: `/${c.name}`,
        url,
        description: c.summary,
        usage_hint: commandHint(c),
        // Mentions arrive as <@U123|name>, which /ips staff link needs.
        should_escape: true,
      })),
    },
    oauth_config: { scopes: { bot: ['commands', 'chat:write', 'files:write'] } },
    settings: {
      event_subscriptions: { request_url: url, bot_events: ['app_home_opened'] },
      interactivity: { is_enabled: true, request_url: url, message_menu_options_url: url },
      org_deploy_enabled: false,
      socket_mode_enabled: false,
      token_rotation_enabled: false,
    },
  };
}
