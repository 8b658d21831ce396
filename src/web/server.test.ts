import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebApp, finishWebApp, listen, type RunningServer } from './server.js';

const token = 'Zq3vN8sWkX1pLmT4yR6uB0cE9hJ2gF5dA7oI_secret';

/** A failing request is logged by its route, so a secret in the path never reaches the log. */
describe("the HTTP app's failure log", () => {
  const lines: string[] = [];
  let server: RunningServer;

  beforeAll(async () => {
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const app = createWebApp({ logger, health: { postgres: async () => true, redis: async () => true } });
    app.get('/calendar/:token.ics', () => {
      throw new Error('database unreachable');
    });
    finishWebApp(app, logger);
    server = await listen(app, 0, '127.0.0.1');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers a bare 500 and logs the route pattern, not the token in the path', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/calendar/${token}.ics`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: 'internal error' });
    const failure = lines
      .map((line) => JSON.parse(line) as { msg: string; route?: string })
      .find((entry) => entry.msg === 'request failed');
    expect(failure?.route).toBe('/calendar/:token.ics');
    expect(lines.join('\n')).not.toContain(token);
  });
});
