import { connect, type Socket } from 'node:net';

/** One backend message: its type letter and body. */
export interface BackendMessage {
  type: string;
  body: Buffer;
}

/**
 * A PostgreSQL client speaking the wire protocol message by message, so a test decides where a
 * query's messages are split (a driver writes them as the socket lets it).
 */
export class WireClient {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly received: BackendMessage[] = [];
  private waiter: (() => void) | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      while (this.buffer.length >= 5 && this.buffer.length >= 1 + this.buffer.readInt32BE(1)) {
        const length = 1 + this.buffer.readInt32BE(1);
        this.received.push({ type: String.fromCharCode(this.buffer[0]!), body: this.buffer.subarray(5, length) });
        this.buffer = this.buffer.subarray(length);
      }
      this.waiter?.();
    });
  }

  /** Connected and past the start-up exchange (ReadyForQuery). */
  static async open(url: string): Promise<WireClient> {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    const client = new WireClient(socket);
    const params = Buffer.from('user\0postgres\0database\0postgres\0\0', 'latin1');
    const startup = Buffer.alloc(8);
    startup.writeInt32BE(8 + params.length, 0);
    startup.writeInt32BE(196608, 4);
    socket.write(Buffer.concat([startup, params]));
    await client.until('Z');
    client.received.length = 0;
    return client;
  }

  parse(sql: string): void {
    this.send('P', Buffer.concat([cstring(''), cstring(sql), int16(0)]));
  }

  /** Bind, Execute and Sync of the unnamed statement, with text parameters. */
  bindExecuteSync(params: string[]): void {
    const values = params.map((value) => {
      const bytes = Buffer.from(value, 'utf8');
      return Buffer.concat([int32(bytes.length), bytes]);
    });
    this.send('B', Buffer.concat([cstring(''), cstring(''), int16(0), int16(values.length), ...values, int16(0)]));
    this.send('E', Buffer.concat([cstring(''), int32(0)]));
    this.send('S', Buffer.alloc(0));
  }

  /** A simple query (what drivers send for a query without parameters). */
  query(sql: string): void {
    this.send('Q', cstring(sql));
  }

  flush(): void {
    this.send('H', Buffer.alloc(0));
  }

  /** The messages received until one of `type` (included); later ones stay for the next call. */
  async until(type: string, timeoutMs = 10_000): Promise<BackendMessage[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.received.findIndex((message) => message.type === type);
      if (at >= 0) return this.received.splice(0, at + 1);
      if (Date.now() > deadline) throw new Error(`no '${type}' within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
        setTimeout(resolve, 50);
      });
    }
  }

  /** Messages received so far and not yet returned by until(). */
  pending(): BackendMessage[] {
    return [...this.received];
  }

  close(): void {
    this.socket.destroy();
  }

  private send(type: string, body: Buffer): void {
    this.socket.write(Buffer.concat([Buffer.from(type, 'latin1'), int32(body.length + 4), body]));
  }
}

/** The text of each column of the DataRow messages among `messages`. */
export function rows(messages: BackendMessage[]): string[][] {
  return messages
    .filter((message) => message.type === 'D')
    .map(({ body }) => {
      const values: string[] = [];
      let at = 2;
      for (let column = 0; column < body.readInt16BE(0); column++) {
        const length = body.readInt32BE(at);
        values.push(body.subarray(at + 4, at + 4 + length).toString('utf8'));
        at += 4 + Math.max(length, 0);
      }
      return values;
    });
}

/** The SQLSTATE and message of the ErrorResponse among `messages`, if any. */
export function errorOf(messages: BackendMessage[]): string | undefined {
  const error = messages.find((message) => message.type === 'E');
  if (!error) return undefined;
  const fields = new Map(
    error.body
      .toString('utf8')
      .split('\0')
      .filter(Boolean)
      .map((field) => [field[0], field.slice(1)]),
  );
  return `${fields.get('C')} ${fields.get('M')}`;
}

const cstring = (text: string): Buffer => Buffer.from(`${text}\0`, 'utf8');
const int16 = (n: number): Buffer => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
const int32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
