import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Briefbot } from '../../core.ts';
import type { Logger } from '../../log.ts';

/** The path load balancers and operators poll. */
export const HEALTH_PATH = '/healthz';

/** What `/healthz` reports: the core's state and which adapters are connected. Never secrets. */
export interface HealthReport {
  ok: boolean;
  articles: number;
  passages: number;
  indexBuiltAt: string;
  indexAgeSeconds: number;
  rebuilding: boolean;
  problems: Array<{ file: string; message: string }>;
  adapters: Record<string, boolean>;
}

/** Builds the report; `ok` is false (HTTP 503) while an adapter is disconnected or no article is loaded. */
export function healthReport(
  core: Briefbot,
  adapters: Record<string, boolean>,
  now = Date.now(),
): HealthReport {
  const status = core.status();
  const builtAtMs = Date.parse(status.indexBuiltAt);
  return {
    ok: Object.values(adapters).every(Boolean) && status.articles > 0,
    articles: status.articles,
    passages: status.passages,
    indexBuiltAt: status.indexBuiltAt,
    indexAgeSeconds: Number.isNaN(builtAtMs)
      ? -1
      : Math.max(0, Math.round((now - builtAtMs) / 1000)),
    rebuilding: status.rebuilding,
    problems: status.problems.map(({ file, message }) => ({ file, message })),
    adapters,
  };
}

/** The `GET /healthz` handler, shaped for Bolt's custom routes and plain node:http alike. */
export function healthHandler(core: Briefbot, adapters: () => Record<string, boolean>) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    const report = healthReport(core, adapters());
    res.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(report));
  };
}

/** A running `/healthz` listener of its own, for Socket Mode where Bolt opens no HTTP port. */
export interface HealthServer {
  close(): Promise<void>;
}

/**
 * Serves `/healthz` on `port` when no Bolt HTTP receiver does (Socket Mode, or Discord alone). A port that cannot be
 * opened is logged and skipped: health reporting must never stop the bot from answering.
 */
export async function startHealthServer(
  port: number,
  handler: ReturnType<typeof healthHandler>,
  logger: Logger,
): Promise<HealthServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === HEALTH_PATH) return handler(req, res);
    res.writeHead(404).end();
  });
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', (error) => {
      logger.warn({ err: error, port }, 'cannot serve /healthz on PORT; continuing without it');
      resolve(false);
    });
    server.listen(port, () => resolve(true));
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        if (!listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
