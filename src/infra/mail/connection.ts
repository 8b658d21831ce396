import type { ImapFlow, ImapFlowOptions } from 'imapflow';
import type { Transporter } from 'nodemailer';

/** How a mailbox connection is secured: TLS from the first byte, STARTTLS, or none (a local test server). */
export type MailTls = 'tls' | 'starttls' | 'none';

/** A mailbox's servers and its opened credential: what the IMAP and SMTP adapters connect with. */
export interface MailServers {
  imapHost: string;
  imapPort: number;
  smtpHost: string;
  smtpPort: number;
  tls: MailTls;
  user: string;
  auth: 'password' | 'xoauth2';
  /** the password, app password or OAuth2 access token, in clear: never logged */
  secret: string;
}

/** Where a connection failed, in the terms the person who typed the settings can act on. */
export type MailFailureStage = 'dns' | 'connect' | 'tls' | 'login' | 'folder' | 'smtp_connect' | 'smtp_login';

export interface MailFailure {
  stage: MailFailureStage;
  /** the server's or the system's words (never the credential) */
  detail: string;
  /** "host:port" of the server that failed */
  server: string;
}

const TIMEOUT_MS = 15_000;

/**
 * An IMAP client for the mailbox, not yet connected. No protocol log: it would carry the mail.
 * The mail libraries are loaded at the first mailbox, not at every start (about half a second).
 */
export async function imapClient(servers: MailServers, options: Partial<ImapFlowOptions> = {}): Promise<ImapFlow> {
  const { ImapFlow } = await import('imapflow');
  const auth =
    servers.auth === 'xoauth2'
      ? { user: servers.user, accessToken: servers.secret }
      : { user: servers.user, pass: servers.secret };
  const settings: ImapFlowOptions & { doSTARTTLS?: boolean } = {
    host: servers.imapHost,
    port: servers.imapPort,
    secure: servers.tls === 'tls',
    doSTARTTLS: servers.tls === 'starttls',
    auth,
    logger: false,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    ...options,
  };
  return new ImapFlow(settings);
}

/** An SMTP transport sending as the mailbox's user. */
export async function smtpTransport(servers: MailServers): Promise<Transporter> {
  const { createTransport } = await import('nodemailer');
  const auth =
    servers.auth === 'xoauth2'
      ? { type: 'OAuth2' as const, user: servers.user, accessToken: servers.secret }
      : { user: servers.user, pass: servers.secret };
  return createTransport({
    host: servers.smtpHost,
    port: servers.smtpPort,
    secure: servers.tls === 'tls',
    requireTLS: servers.tls === 'starttls',
    ignoreTLS: servers.tls === 'none',
    auth,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    logger: false,
  });
}

const dnsCodes = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EDNS']);
const tlsCode = /^(ERR_SSL|ERR_TLS|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|ETLS|HOSTNAME_MISMATCH|ERR_OSSL)/;

interface ErrorShape {
  code?: unknown;
  message?: unknown;
  authenticationFailed?: unknown;
  tlsFailed?: unknown;
  responseText?: unknown;
  response?: unknown;
}

/** The IMAP or SMTP error as a stage and the server's words; `side` says which protocol was being spoken. */
export function classifyMailError(err: unknown, side: 'imap' | 'smtp'): Omit<MailFailure, 'server'> {
  const e = (typeof err === 'object' && err !== null ? err : {}) as ErrorShape;
  const code = typeof e.code === 'string' ? e.code : '';
  const words = [e.responseText, e.response, e.message].find((w) => typeof w === 'string' && w.trim() !== '');
  const detail = typeof words === 'string' ? words.trim().slice(0, 300) : code || 'unknown error';
  if (dnsCodes.has(code)) return { stage: 'dns', detail };
  if (e.tlsFailed === true || tlsCode.test(code) || /\b(ssl|tls)\b/i.test(detail)) return { stage: 'tls', detail };
  if (e.authenticationFailed === true || code === 'EAUTH')
    return { stage: side === 'imap' ? 'login' : 'smtp_login', detail };
  return { stage: side === 'imap' ? 'connect' : 'smtp_connect', detail };
}
