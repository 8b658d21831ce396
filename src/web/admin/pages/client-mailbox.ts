import type { AdminCatalog } from '../../../i18n/admin-catalog.js';
import type { AdminLocale } from '../format.js';
import { html, type SafeHtml } from '../html.js';

/** The mailbox form's fields as typed (never the password: it is not shown back, even after a mistake). */
export interface MailboxFormValues {
  imapHost: string;
  imapPort: string;
  smtpHost: string;
  smtpPort: string;
  tls: 'tls' | 'starttls' | 'none';
  user: string;
  auth: 'password' | 'xoauth2';
  fromAddress: string;
  vipSenders: string;
}

/** What the stored mailbox shows: where it connects and how it is doing, never its credential. */
export interface MailboxStatus {
  values: MailboxFormValues;
  sentFolder: string | null;
  lastError: string | null;
  failingSince: Date | null;
  lastSeenAt: Date | null;
}

export interface MailboxSectionInput {
  clientId: string;
  tz: string;
  /** false when MAILBOX_KEY is not set: the section says the feature is off */
  enabled: boolean;
  mailbox: MailboxStatus | null;
  /** set for admins on a client not erased: the form to connect, change or remove */
  edit?: { csrfToken: string } | undefined;
  /** the form as posted, with the line saying why nothing was saved */
  failed?: { values: MailboxFormValues; line: string } | undefined;
  /** after the redirect: what was just done */
  done?: 'saved' | 'removed' | undefined;
}

const blank: MailboxFormValues = {
  imapHost: '',
  imapPort: '993',
  smtpHost: '',
  smtpPort: '465',
  tls: 'tls',
  user: '',
  auth: 'password',
  fromAddress: '',
  vipSenders: '',
};

function choice<K extends string>(name: string, selected: K, choices: Record<K, string>): SafeHtml {
  const options = (Object.keys(choices) as K[]).map(
    (key) => html`<option value="${key}"${key === selected ? html` selected` : ''}>${choices[key]}</option>`,
  );
  return html`<select name="${name}">${options}</select>`;
}

function mailboxForm(input: MailboxSectionInput, csrfToken: string, t: AdminCatalog['mailbox']): SafeHtml {
  const v = input.failed?.values ?? input.mailbox?.values ?? blank;
  const connected = input.mailbox !== null;
  const text = (name: keyof MailboxFormValues, label: string, extra: SafeHtml | string = '') =>
    html`<label>${label} <input type="text" name="${name}" value="${v[name]}"${extra}></label>`;
  return html`<form method="post" action="/admin/clients/${input.clientId}/mailbox#mailbox" class="settings mailbox" autocomplete="off">
  <input type="hidden" name="_csrf" value="${csrfToken}">
  ${text('imapHost', t.imapHost, html` required`)} ${text('imapPort', t.imapPort, html` size="5" required`)}
  ${text('smtpHost', t.smtpHost, html` required`)} ${text('smtpPort', t.smtpPort, html` size="5" required`)}
  <label>${t.tls} ${choice('tls', v.tls, t.tlsChoices)}</label>
  ${text('user', t.user, html` required`)}
  <label>${t.auth} ${choice('auth', v.auth, t.authChoices)}</label>
  <label>${connected ? t.secretKeep : t.secret} <input type="password" name="secret" value="" autocomplete="new-password"${connected ? '' : html` required`}></label>
  ${text('fromAddress', t.fromAddress)}
  <label>${t.vipSenders} <textarea name="vipSenders" rows="2">${v.vipSenders}</textarea></label>
  <button type="submit">${connected ? t.save : t.connect}</button>
</form>
${connected ? html`<form method="post" action="/admin/clients/${input.clientId}/mailbox/remove#mailbox"><input type="hidden" name="_csrf" value="${csrfToken}"><button type="submit" class="danger">${t.remove}</button></form>` : ''}`;
}

function statusLines(input: MailboxSectionInput, locale: AdminLocale): SafeHtml {
  const t = locale.t.mailbox;
  const box = input.mailbox;
  if (!box) return html`<p class="muted">${t.none}</p>`;
  const v = box.values;
  return html`<p>${t.connected({ user: v.user, imap: `${v.imapHost}:${v.imapPort}`, smtp: `${v.smtpHost}:${v.smtpPort}` })} ${box.sentFolder ? t.sentFolder({ folder: box.sentFolder }) : t.noSentFolder}${box.lastSeenAt ? ` ${t.lastRead({ at: locale.stamp(box.lastSeenAt, input.tz) })}` : ''}</p>
${box.failingSince && box.lastError ? html`<p class="warning" role="status">${t.failing({ since: locale.stamp(box.failingSince, input.tz), error: box.lastError })}</p>` : ''}`;
}

/** The client page's mailbox: off, or its state, with the form for admins. */
export function renderMailboxSection(input: MailboxSectionInput, locale: AdminLocale): SafeHtml {
  const t = locale.t.mailbox;
  if (!input.enabled) return html`<h2 id="mailbox">${t.title}</h2><p class="muted">${t.off}</p>`;
  const done = input.done && !input.failed ? html`<p class="notice" role="status">${t[input.done]}</p>` : '';
  const failed = input.failed ? html`<p class="error" role="alert">${t.notSaved} ${input.failed.line}</p>` : '';
  return html`<h2 id="mailbox">${t.title}</h2>
${done}${failed}${statusLines(input, locale)}
${input.edit ? mailboxForm(input, input.edit.csrfToken, t) : ''}`;
}
