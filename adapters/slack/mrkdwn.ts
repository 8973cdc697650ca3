// Slack reads message text as mrkdwn, where &, < and > are control characters.
// The core's text is plain, so they are escaped, except the user mentions the
// core passes through (<@U123> or <@U123|name>), which Slack should render.

const mention = /<@[UW][A-Z0-9]+(?:\|[^<>]*)?>/g;

function escapePlain(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeMrkdwn(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(mention)) {
    out += escapePlain(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + escapePlain(text.slice(last));
}

/** Slash command text arrives with &, < and > escaped; mentions are real <@…> tokens and stay as they are. */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Cuts text to one of Block Kit's length limits, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
