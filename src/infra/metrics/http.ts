import { createHash, timingSafeEqual } from 'node:crypto';
import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Registry } from 'prom-client';
import type { MetricsPort } from './registry.js';

/**
 * The label of a finished request: the matched route pattern (`/calendar/:token.ics`), the
 * mount point of static files (`/assets/*`), or `unmatched`. Never the raw URL, which would
 * put ids and tokens in the labels and grow the number of series without bound. Routers are
 * mounted at literal paths, so the base URL holds no values.
 */
export function routeLabel(req: Request, status: number): string {
  const route: unknown = req.route;
  if (typeof route === 'object' && route !== null && 'path' in route && typeof route.path === 'string')
    return `${req.baseUrl}${route.path}`;
  if (status < 400 && req.baseUrl) return `${req.baseUrl}/*`;
  return 'unmatched';
}

/** First middleware of the app: times every request until its response is finished. */
export function httpLatency(metrics: Pick<MetricsPort, 'httpRequest'>): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const startedAt = performance.now();
    res.on('finish', () =>
      metrics.httpRequest(
        req.method,
        routeLabel(req, res.statusCode),
        res.statusCode,
        (performance.now() - startedAt) / 1000,
      ),
    );
    next();
  };
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * GET /metrics in Prometheus' text format. With a token, only `Authorization: Bearer <token>`
 * gets it (compared in constant time); anyone else gets 401 and nothing about the app.
 */
export function createMetricsRouter(deps: { registry: Registry; token?: string | undefined }): Router {
  const router = Router();
  const expected = deps.token === undefined ? undefined : digest(deps.token);
  router.get('/metrics', async (req, res) => {
    if (expected) {
      const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
      if (given === undefined || !timingSafeEqual(digest(given), expected)) {
        res.status(401).set('www-authenticate', 'Bearer').type('text/plain').send('a valid bearer token is required\n');
        return;
      }
    }
    res.type(deps.registry.contentType).send(await deps.registry.metrics());
  });
  return router;
}
