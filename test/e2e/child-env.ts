/**
 * The environment of a briefbot started as a child process against a platform fake: the articles
 * given, its own cache folder, no content watcher, any free port, and the fake's own variables.
 */
export function childEnv(
  platform: Record<string, string>,
  contentDir: string,
  cacheDir: string,
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    ...platform,
    CONTENT_DIR: contentDir,
    CACHE_DIR: cacheDir,
    WATCH_CONTENT: 'false',
    PORT: '0',
  };
}
