const ELLIPSIS = '…';

/** Cuts at a UTF-16 index without splitting a surrogate pair. */
function safeCut(text: string, index: number): string {
  if (index <= 0) return '';
  if (index >= text.length) return text;
  const code = text.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, index - 1) : text.slice(0, index);
}

/**
 * Shortens text to at most `maxChars` UTF-16 units, ending with an ellipsis. Prefers the last
 * sentence end, then the last word boundary, in the final 40% of the room; never splits a
 * surrogate pair. Platform limits are counted in UTF-16 units, as Discord and Slack count them.
 */
export function truncateText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars <= ELLIPSIS.length) return safeCut(ELLIPSIS, maxChars);
  const room = maxChars - ELLIPSIS.length;
  const head = safeCut(text, room);
  const floor = Math.floor(room * 0.6);
  const sentenceEnd = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('! '),
    head.lastIndexOf('? '),
    head.lastIndexOf('.\n'),
  );
  if (sentenceEnd >= floor)
    return `${head.slice(0, sentenceEnd + 1)} ${ELLIPSIS}`.slice(0, maxChars);
  const wordEnd = head.search(/\s\S*$/);
  const cut = wordEnd >= floor ? head.slice(0, wordEnd) : head;
  return `${cut.trimEnd()}${ELLIPSIS}`;
}
