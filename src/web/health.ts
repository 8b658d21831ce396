import type { Request, Response } from 'express';

export interface HealthProbes {
  postgres(): Promise<boolean>;
  redis(): Promise<boolean>;
}

/** GET /healthz: 200 when PostgreSQL and Redis both answer, 503 otherwise, with each state. */
export function healthHandler(probes: HealthProbes) {
  return async (_req: Request, res: Response): Promise<void> => {
    const [postgres, redis] = await Promise.all([
      probes.postgres().catch(() => false),
      probes.redis().catch(() => false),
    ]);
    const body = {
      status: postgres && redis ? 'ok' : 'degraded',
      postgres: postgres ? 'up' : 'down',
      redis: redis ? 'up' : 'down',
    };
    res.status(postgres && redis ? 200 : 503).json(body);
  };
}
