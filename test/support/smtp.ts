import { SMTPServer } from 'smtp-server';
import type { Dovecot } from './dovecot.js';
import { freePort } from './net.js';

/**
 * An SMTP server (the smtp-server library) that requires a login and delivers what it accepts
 * into Dovecot by IMAP APPEND, each recipient's local part being their Dovecot user.
 */
export async function startSmtp(dovecot: Dovecot, users: Map<string, string>) {
  const port = await freePort();
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      const ok = auth.username !== undefined && users.get(auth.username) === auth.password;
      callback(ok ? null : new Error('Invalid username or password'), ok ? { user: auth.username } : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const deliveries = session.envelope.rcptTo.map((rcpt) => {
          const user = rcpt.address.split('@')[0]!;
          return dovecot.deliver(user, users.get(user) ?? '', raw);
        });
        Promise.all(deliveries).then(
          () => callback(),
          (err: Error) => callback(err),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
