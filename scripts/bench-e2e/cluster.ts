/**
 * The processes of `npm run bench:e2e`: web and worker processes (serve.ts, `ROLE=web` /
 * `ROLE=worker`) on one database and Redis, and the load balancer in front of the web ones
 * that Telegram's webhook points at (round robin, as a deployment's balancer does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { ProcessStats } from './serve.js';

const script = fileURLToPath(new URL('./serve.ts', import.meta.url));

export interface BenchProcess {
  role: 'web' | 'worker';
  port: number;
  stats(): Promise<ProcessStats>;
  /** SIGKILL: no shutdown code runs, as when the machine or the OOM killer stops it */
  kill9(): Promise<void>;
  /** graceful: the process stops intake, finishes its work and exits */
  stop(): Promise<void>;
}

function reply(child: ChildProcess, type: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string; stats?: unknown }) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message.stats);
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`a Delego process stopped (exit code ${String(code)})`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Starts serve.ts with the role and environment given; resolves once it is serving. */
export async function startProcess(
  role: 'web' | 'worker',
  port: number,
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Promise<BenchProcess> {
  const child = spawn(process.execPath, [...process.execArgv, ...nodeFlags, script], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ...env, BENCH_CHILD: '1', ROLE: role, PORT: String(port) },
  });
  await reply(child, 'ready');
  const exited = async () => {
    if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  };
  return {
    role,
    port,
    async stats() {
      if (!child.connected) throw new Error(`a ${role} process is gone`);
      const answer = reply(child, 'stats');
      child.send('stats');
      return (await answer) as ProcessStats;
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited();
    },
    async stop() {
      if (child.connected) child.disconnect();
      await exited();
    },
  };
}

/** Forwards each request to the next web process in turn; returns its URL and how to close it. */
export async function startBalancer(ports: number[]): Promise<{ url: string; close(): Promise<void> }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  let next = 0;
  const server = createServer((req, res) => {
    const port = ports[next++ % ports.length]!;
    const upstream = request(
      { host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
