/** Bolt's default path for every Slack request; the manifest's request URLs end with it. */
export const slackEventsPath = '/slack/events';
