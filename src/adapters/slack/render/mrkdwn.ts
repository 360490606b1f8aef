import { httpUrl } from '../../shared/links.ts';
import { truncateText } from '../../shared/truncate.ts';

/**
 * Escapes the three characters Slack's mrkdwn treats as control characters. Everything echoed from
 * users or articles goes through this, so `<!channel>`, `<@U123>` and `<url|text>` arrive as
 * literal text and can neither notify anyone nor render a link.
 */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Escapes `text` and shortens it so that the escaped form fits `maxChars` (Slack counts the
 * escaped characters). Cuts the raw text, never an entity in half.
 */
export function escapeWithin(text: string, maxChars: number): string {
  let budget = maxChars;
  for (;;) {
    const escaped = escapeMrkdwn(truncateText(text, budget));
    if (escaped.length <= maxChars || budget <= 0) return escaped.slice(0, maxChars);
    budget -= escaped.length - maxChars;
  }
}

/** Turns escaped text into a block quote, line by line, so a newline cannot end the quote early. */
export function quoteLines(escaped: string): string {
  return escaped
    .split(/\r?\n/)
    .map((line) => `>${line}`)
    .join('\n');
}

/**
 * A `<url|label>` link for a source URL from an article, or null when the URL is not plain http(s).
 * Characters that would end the link syntax are percent-encoded; the label is escaped.
 */
export function sourceLink(url: string | null, label: string): string | null {
  const parsed = httpUrl(url);
  if (parsed === null) return null;
  const href = parsed.href.replaceAll('|', '%7C').replaceAll('<', '%3C').replaceAll('>', '%3E');
  return `<${escapeMrkdwn(href)}|${escapeMrkdwn(label)}>`;
}

/**
 * Reads text a user typed in Slack (a message or a command's arguments) back into plain words:
 * Slack sends `&`, `<`, `>` as entities and wraps mentions and links in `<…>`; a labelled one
 * keeps its label, others keep what is inside.
 */
export function plainFromSlack(text: string): string {
  return text
    .replace(/<([^<>|]*)\|([^<>]*)>/g, '$2')
    .replace(/<([^<>]*)>/g, '$1')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
