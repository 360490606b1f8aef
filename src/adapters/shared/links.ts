/**
 * The article's source link when it is a plain http(s) URL, else null: an article file may hold any
 * text in its `source`, and neither platform may render a `javascript:` or malformed link.
 */
export function httpUrl(url: string | null): URL | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}
