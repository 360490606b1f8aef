import { fallbackText, type SlackMessage, textSection } from './limits.ts';

/** A one-line message, escaped and within limits: errors, expiry, delivery notes. */
export function renderNotice(text: string): SlackMessage {
  return { text: fallbackText(text), blocks: [textSection(text)] };
}

/** What a user sees when answering failed: short, with the id that finds the details in the logs. */
export function renderFailure(errorId: string): SlackMessage {
  return renderNotice(`Sorry, something went wrong while answering. (error id ${errorId})`);
}
