import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { freePort } from './net.js';

/** A private Dovecot (Debian's dovecot-imapd) for one test file: its own config, users, maildirs and port. */
export interface Dovecot {
  host: string;
  port: number;
  /** adds a user whose password is `password` (plain auth, no TLS) */
  addUser(user: string, password: string): Promise<void>;
  /** a logged-in IMAP client for a user, for the test to look into mailboxes */
  client(user: string, password: string): Promise<ImapFlow>;
  /** puts a raw message into a user's folder, as a delivery would */
  deliver(user: string, password: string, raw: string | Buffer, folder?: string): Promise<void>;
  /** how many IMAP sessions of `user` the server has open now (`doveadm who`) */
  sessions(user: string): Promise<number>;
  /** the same for every user at once (one `doveadm who`): user → open IMAP sessions */
  sessionCounts(): Promise<Map<string, number>>;
  stop(): Promise<void>;
}

const DOVECOT = '/usr/sbin/dovecot';
const PASSWD_RESYNC_MS = 1_100;

/** Dovecot refuses to touch mail as root: as root the mail belongs to its own `dovecot` system user. */
function mailOwner(): { uid: number; gid: number; name: string } {
  const uid = process.getuid?.() ?? 0;
  if (uid !== 0) return { uid, gid: process.getgid?.() ?? uid, name: process.env.USER ?? String(uid) };
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('dovecot:'));
  const [, , u, g] = (line ?? 'dovecot:x:109:117').split(':');
  return { uid: Number(u), gid: Number(g), name: 'dovecot' };
}

function config(dir: string, port: number, owner: ReturnType<typeof mailOwner>): string {
  const asRoot = process.getuid?.() === 0;
  return `
protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# a refused login is answered at once (Dovecot waits 2 s by default): tests of wrong passwords do not wait
auth_failure_delay = 0
first_valid_uid = ${owner.uid}
last_valid_uid = ${owner.uid}
default_internal_user = ${asRoot ? 'dovecot' : owner.name}
default_login_user = ${asRoot ? 'dovenull' : owner.name}
default_internal_group = ${asRoot ? 'dovecot' : owner.name}
mail_location = maildir:${dir}/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${owner.uid} gid=${owner.gid} home=${dir}/mail/%u
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
`;
}

async function waitForPort(port: number, child: ChildProcess, logPath: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`dovecot exited: ${readFileSync(logPath, 'utf8').slice(-2000)}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
        .once('connect', () => resolve(true))
        .once('error', () => resolve(false));
      socket.once('connect', () => socket.destroy());
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('dovecot did not start listening');
}

/** Starts Dovecot in the foreground (a child of the test process) on a free port; stop() ends it and removes its files. */
export async function startDovecot(): Promise<Dovecot> {
  const dir = mkdtempSync(join(tmpdir(), 'delego-dovecot-'));
  const owner = mailOwner();
  for (const sub of ['run', 'state', 'mail']) mkdirSync(join(dir, sub));
  chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) chownSync(join(dir, 'mail'), owner.uid, owner.gid);
  writeFileSync(join(dir, 'passwd'), '');
  const port = await freePort();
  writeFileSync(join(dir, 'dovecot.conf'), config(dir, port, owner));
  const child = spawn(DOVECOT, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  await waitForPort(port, child, join(dir, 'dovecot.log'));
  const passwords = new Map<string, string>();
  const client = async (user: string, password: string) => {
    const imap = new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: { user, pass: password },
      logger: false,
    });
    await imap.connect();
    return imap;
  };
  async function sessionCounts(): Promise<Map<string, number>> {
    const { stdout } = await promisify(execFile)('/usr/bin/doveadm', ['-c', join(dir, 'dovecot.conf'), 'who', '-1']);
    const counts = new Map<string, number>();
    for (const user of stdout.split('\n').map((line) => line.split(/\s+/)[0]))
      if (user) counts.set(user, (counts.get(user) ?? 0) + 1);
    return counts;
  }
  return {
    host: '127.0.0.1',
    port,
    async addUser(user, password) {
      passwords.set(user, password);
      const lines = [...passwords].map(([u, p]) => `${u}:{PLAIN}${p}::::::`);
      writeFileSync(join(dir, 'passwd'), `${lines.join('\n')}\n`);
      // Dovecot looks at its passwd-file at most once a second: a login in the second it last looked would not see the user
      await new Promise((resolve) => setTimeout(resolve, PASSWD_RESYNC_MS));
    },
    client,
    async deliver(user, password, raw, folder = 'INBOX') {
      const imap = await client(user, password);
      try {
        await imap.append(folder, raw);
      } finally {
        await imap.logout();
      }
    },
    async sessions(user) {
      return (await sessionCounts()).get(user) ?? 0;
    },
    sessionCounts,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
