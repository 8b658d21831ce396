import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/**
 * The PostgreSQL wire protocol in front of PGlite, whose one session every client connection
 * shares. A connection has the session from its first message until PostgreSQL says it is idle
 * again (ReadyForQuery, status 'I'): a whole extended-protocol query (Parse, Bind, Describe,
 * Execute, Sync), a simple query, or a transaction from BEGIN to COMMIT. Meanwhile the other
 * connections' messages wait. Handing the session over between single messages instead (what
 * @electric-sql/pglite-socket 0.2 does outside BEGIN...COMMIT) lets another connection's
 * parameterless query, sent as a simple query, drop a Parse's unnamed statement before its Bind:
 * "unnamed prepared statement does not exist" (26000), or a client hanging for its rows.
 */
export class PgliteServer {
  private readonly connections = new Set<Connection>();
  private readonly waiting: Connection[] = [];
  private owner: Connection | undefined;
  private pumping = false;
  private pumped: Promise<void> = Promise.resolve();
  private server: Server | undefined;

  constructor(
    private readonly db: PGlite,
    private readonly maxConnections: number,
  ) {}

  /** Listens on host:port (0: a free one) and resolves to the address it took. */
  async listen(host: string, port: number): Promise<string> {
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const address = server.address() as AddressInfo;
    return `${host}:${address.port}`;
  }

  /**
   * No new connections; the open ones are closed, the message PGlite is running finishes, and a
   * session a client left mid-query or mid-transaction is rolled back. Then PGlite can close.
   */
  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    const hungUp = [...this.connections].map((connection) => {
      const gone = new Promise((resolve) => connection.socket.once('close', resolve));
      connection.socket.destroy();
      return gone;
    });
    await Promise.all([closed, ...hungUp]);
    await this.pumped;
  }

  private accept(socket: Socket): void {
    if (!this.server || this.connections.size >= this.maxConnections) {
      socket.end('Too many connections\n');
      return;
    }
    const connection = new Connection(socket);
    this.connections.add(connection);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      if (connection.receive(chunk)) this.schedule(connection);
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      this.connections.delete(connection);
      connection.hangUp();
      this.schedule(connection);
    });
  }

  private schedule(connection: Connection): void {
    if (connection !== this.owner && !this.waiting.includes(connection)) this.waiting.push(connection);
    if (this.pumping) return;
    this.pumping = true;
    this.pumped = this.pump();
  }

  /** Serves one message at a time, always the session owner's while there is one. */
  private async pump(): Promise<void> {
    try {
      for (let connection = this.next(); connection; connection = this.next()) {
        const message = connection.take();
        if (message === HANG_UP) await this.release(connection);
        else await this.serve(connection, message);
      }
    } finally {
      this.pumping = false;
    }
  }

  private next(): Connection | undefined {
    if (this.owner) return this.owner.hasMessage() ? this.owner : undefined;
    for (let connection = this.waiting.shift(); connection; connection = this.waiting.shift())
      if (connection.hasMessage()) return connection;
    return undefined;
  }

  private async serve(connection: Connection, message: Buffer): Promise<void> {
    this.owner = connection;
    try {
      const ready = await this.run(message, (data) => connection.send(data));
      if (ready === 'I') this.owner = undefined;
    } catch {
      // PGlite refused the message itself (not an SQL error, which is an answer): drop the client.
      connection.socket.destroy();
    }
    if (!this.owner && connection.hasMessage()) this.waiting.push(connection);
  }

  /** A client gone mid-query or mid-transaction: the session is made idle again for the others. */
  private async release(connection: Connection): Promise<void> {
    if (this.owner !== connection) return;
    try {
      if ((await this.run(SYNC, () => undefined)) !== 'I') await this.run(ROLLBACK, () => undefined);
    } catch {
      // nothing more to do for a session PGlite itself refuses
    } finally {
      this.owner = undefined;
    }
  }

  /** Runs one client message on PGlite; the status of its last ReadyForQuery, if it sent one. */
  private async run(message: Buffer, send: (data: Uint8Array) => void): Promise<ReadyStatus | undefined> {
    const scanner = new ReadyScanner();
    await this.db.runExclusive(() =>
      this.db.execProtocolRawStream(new Uint8Array(message), {
        onRawData: (data) => {
          scanner.feed(data);
          send(data);
        },
      }),
    );
    return scanner.status;
  }
}

type ReadyStatus = 'I' | 'T' | 'E';

const HANG_UP = Symbol('hang-up');
const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const TERMINATE = 0x58; // 'X'
const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);
const ROLLBACK = query('ROLLBACK');

function query(sql: string): Buffer {
  const text = Buffer.from(`${sql}\0`, 'utf8');
  const header = Buffer.alloc(5);
  header.write('Q', 0, 'latin1');
  header.writeInt32BE(text.length + 4, 1);
  return Buffer.concat([header, text]);
}

/** One client: its bytes cut into whole protocol messages, waiting for the session. */
class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;
  private readonly messages: (Buffer | typeof HANG_UP)[] = [];

  constructor(readonly socket: Socket) {}

  /** True when a whole message arrived for PGlite. */
  receive(chunk: Buffer): boolean {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const before = this.messages.length;
    for (let message = this.cut(); message; message = this.cut()) this.accept(message);
    return this.messages.length > before;
  }

  hangUp(): void {
    this.messages.length = 0;
    this.messages.push(HANG_UP);
  }

  hasMessage(): boolean {
    return this.messages.length > 0;
  }

  take(): Buffer | typeof HANG_UP {
    return this.messages.shift()!;
  }

  send(data: Uint8Array): void {
    if (this.socket.writable) this.socket.write(Buffer.from(data));
  }

  /** The next whole message: before the startup message none has a type byte. */
  private cut(): Buffer | undefined {
    const offset = this.started ? 1 : 0;
    if (this.buffer.length < offset + 4) return undefined;
    const length = offset + this.buffer.readInt32BE(offset);
    if (this.buffer.length < length) return undefined;
    const message = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    return message;
  }

  /** Encryption is refused and cancelling is not supported (PGlite runs one message at a time). */
  private accept(message: Buffer): void {
    if (this.started) {
      if (message[0] === TERMINATE) this.socket.end();
      else this.messages.push(message);
      return;
    }
    const code = message.length >= 8 ? message.readInt32BE(4) : 0;
    if (code === SSL_REQUEST || code === GSS_REQUEST) this.socket.write('N');
    else if (code === CANCEL_REQUEST) this.socket.end();
    else {
      this.started = true;
      this.messages.push(message);
    }
  }
}

/** Finds ReadyForQuery ('Z') in PGlite's answer, however it is split into chunks. */
class ReadyScanner {
  status: ReadyStatus | undefined;
  private header: Buffer = Buffer.alloc(0);
  private bodyLeft = 0;
  private readyBody = false;

  feed(data: Uint8Array): void {
    let at = 0;
    while (at < data.length) {
      if (this.bodyLeft > 0) {
        if (this.readyBody) this.status = String.fromCharCode(data[at]!) as ReadyStatus;
        this.readyBody = false;
        const skip = Math.min(this.bodyLeft, data.length - at);
        this.bodyLeft -= skip;
        at += skip;
        continue;
      }
      const take = Math.min(5 - this.header.length, data.length - at);
      this.header = Buffer.concat([this.header, data.subarray(at, at + take)]);
      at += take;
      if (this.header.length < 5) continue;
      this.readyBody = this.header[0] === 0x5a; // 'Z'
      this.bodyLeft = this.header.readInt32BE(1) - 4;
      this.header = Buffer.alloc(0);
    }
  }
}
