import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { TrustProxy } from '../infra/config/index.js';
import { isServiceUnavailable } from '../infra/db/types.js';
import type { Logger } from '../infra/logger.js';
import { httpLatency, routeLabel } from '../infra/metrics/http.js';
import type { MetricsPort } from '../infra/metrics/registry.js';
import { healthHandler, type HealthProbes } from './health.js';

export interface WebAppDeps {
  logger: Logger;
  health: HealthProbes;
  /** when given, every request's duration is reported by route pattern */
  metrics?: Pick<MetricsPort, 'httpRequest'>;
  /** TRUST_PROXY: which proxies may name the client's address (X-Forwarded-For); unset, the connection's own */
  trustProxy?: TrustProxy | undefined;
}

/**
 * The HTTP application: health now; webhooks, web chat and back-office mount their routers on
 * it. Body parsing is left to each router (Slack and Telegram verify raw bodies themselves).
 */
export function createWebApp(deps: WebAppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // req.ip, which the per-address limits count by, comes from X-Forwarded-For only through trusted proxies.
  app.set('trust proxy', deps.trustProxy ?? false);
  if (deps.metrics) app.use(httpLatency(deps.metrics));
  app.get('/healthz', healthHandler(deps.health));
  return app;
}

/**
 * Last handlers: unknown routes get 404, failures one log line and a bare 500, never a stack; a
 * database or Redis that does not answer gets 503 with Retry-After (the web chat and the
 * back-office answer those themselves, with a page in the visitor's language).
 */
export function finishWebApp(app: Express, logger: Logger): void {
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = isServiceUnavailable(err)
      ? 503
      : typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number'
        ? err.status
        : 500;
    if (status === 503) res.set('retry-after', '30');
    // The route pattern, not the path: paths carry secrets such as calendar feed tokens.
    if (status >= 500) logger.error({ err, route: routeLabel(req, status) }, 'request failed');
    if (!res.headersSent) res.status(status).json({ error: status >= 500 ? 'internal error' : 'bad request' });
  });
}

export interface RunningServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `app` on `port`. Closing stops taking connections, lets requests in flight finish, and
 * ends the event streams still open (the ticket page's): browsers reconnect to another process.
 */
export async function listen(app: Express, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  const server = createServer(app);
  const open = new Set<ServerResponse>();
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    open.add(res);
    res.once('close', () => open.delete(res));
  });
  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(port, host, () => res());
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    port: address.port,
    close: () =>
      new Promise<void>((res, rej) => {
        server.close((err) => (err ? rej(err) : res()));
        server.closeIdleConnections();
        for (const stream of open)
          if (String(stream.getHeader('content-type') ?? '').startsWith('text/event-stream')) stream.end();
        // an ended stream leaves its connection idle: close that too
        setImmediate(() => server.closeIdleConnections());
      }),
  };
}
