import { createServer, Socket, type AddressInfo } from 'node:net';

/**
 * A TCP proxy between the application and a real service (PostgreSQL, Redis), so a test can
 * make the service unreachable and bring it back without stopping the shared server.
 *
 *   const proxy = await startTcpProxy({ host: '127.0.0.1', port: 5432 });
 *   const prisma = createPrisma(proxy.rewrite(databaseUrl));
 *   proxy.cut();      // open connections are reset, new ones are reset as soon as accepted
 *   proxy.restore();  // new connections reach the service again
 *   await proxy.close();
 */
export interface TcpProxy {
  readonly port: number;
  /** the same URL with host and port replaced by the proxy's */
  rewrite(url: string): string;
  cut(): void;
  restore(): void;
  readonly isCut: boolean;
  /** connections forwarded to the service since the start */
  readonly forwarded: number;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let cut = false;
  let forwarded = 0;

  // An RST rather than a FIN: the client sees what it sees when a server or the network dies.
  const reset = (socket: Socket) => {
    if (!socket.destroyed) socket.resetAndDestroy();
  };

  const server = createServer((client) => {
    client.on('error', () => undefined);
    if (cut) {
      reset(client);
      return;
    }
    forwarded++;
    const upstream = new Socket();
    upstream.on('error', () => undefined);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      reset(client);
      reset(upstream);
    };
    client.on('close', drop);
    upstream.on('close', drop);
    upstream.connect(target.port, target.host, () => {
      client.pipe(upstream);
      upstream.pipe(client);
    });
  });

  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  function cutAll(): void {
    cut = true;
    for (const [client, upstream] of pairs) {
      reset(client);
      reset(upstream);
    }
    pairs.clear();
  }

  return {
    port,
    rewrite(url) {
      const parsed = new URL(url);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    cut: cutAll,
    restore() {
      cut = false;
    },
    get isCut() {
      return cut;
    },
    get forwarded() {
      return forwarded;
    },
    async close() {
      cutAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
