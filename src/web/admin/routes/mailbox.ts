import { Router, type Response } from 'express';
import { z } from 'zod';
import { removeMailbox, saveMailbox, type MailboxDeps, type MailboxField } from '../../../domain/mailbox/settings.js';
import { parseVipSenders } from '../../../domain/mailbox/triage.js';
import type { AdminCatalog } from '../../../i18n/admin-catalog.js';
import { mailFailureText } from '../../../i18n/mailbox.js';
import type { Logger } from '../../../infra/logger.js';
import type { PrismaClient } from '../../../infra/db/types.js';
import { ConflictError, NotFoundError, ValidationError } from '../../../kernel/errors.js';
import { requireAdmin, verifyCsrf } from '../auth.js';
import { localeOf } from '../lang.js';
import { csrfTokenOf, currentStaff } from '../locals.js';
import type { MailboxFormValues, MailboxSectionInput } from '../pages/client-mailbox.js';
import { parseOrThrow } from '../params.js';

/** What a request adds to the mailbox section: the form as posted with why it failed, or what was just done. */
export interface MailboxExtras {
  failed?: { values: MailboxFormValues; line: string } | undefined;
  done?: 'saved' | 'removed' | undefined;
}

export type ShowClientMailbox = (
  res: Response,
  id: string,
  extra: { mailbox: MailboxExtras },
  status?: number,
) => Promise<void>;

export interface MailboxRoutesDeps {
  prisma: PrismaClient;
  logger: Logger;
  /** the clients' mailboxes' settings; absent when MAILBOX_KEY is not set */
  mailboxes?: MailboxDeps | undefined;
}

const idSchema = (t: AdminCatalog) => z.uuid({ message: t.invalid.clientId });
const text = z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string());
const formSchema = z.object({
  imapHost: text,
  imapPort: text,
  smtpHost: text,
  smtpPort: text,
  tls: z.preprocess((v) => (v === 'starttls' || v === 'none' ? v : 'tls'), z.enum(['tls', 'starttls', 'none'])),
  user: text,
  auth: z.preprocess((v) => (v === 'xoauth2' ? v : 'password'), z.enum(['password', 'xoauth2'])),
  secret: text,
  fromAddress: text,
  vipSenders: text,
});

/** After a save or a removal the page says so: `?mailbox=saved|removed`. */
export const mailboxDoneQuery = z.object({ mailbox: z.enum(['saved', 'removed']) });

/** The client page's mailbox section for this person: the state, and the form when they may change it. */
export async function mailboxSection(
  deps: MailboxRoutesDeps,
  res: Response,
  client: { id: string; tz: string; erasedAt: Date | null },
  extra: MailboxExtras = {},
): Promise<MailboxSectionInput> {
  const row = deps.mailboxes ? await deps.prisma.mailbox.findUnique({ where: { clientId: client.id } }) : null;
  const canEdit = currentStaff(res).role === 'admin' && client.erasedAt === null;
  return {
    clientId: client.id,
    tz: client.tz,
    enabled: deps.mailboxes !== undefined,
    mailbox: row && {
      values: {
        imapHost: row.imapHost,
        smtpHost: row.smtpHost,
        tls: row.tls,
        user: row.user,
        auth: row.auth,
        imapPort: String(row.imapPort),
        smtpPort: String(row.smtpPort),
        fromAddress: row.fromAddress ?? '',
        vipSenders: row.vipSenders.join(', '),
      },
      sentFolder: row.sentFolder,
      lastError: row.lastError,
      failingSince: row.failingSince,
      lastSeenAt: row.lastSeenAt,
    },
    edit: canEdit ? { csrfToken: csrfTokenOf(res) } : undefined,
    ...extra,
  };
}

/** The label of the field a mistake is in, as the form shows it. */
function fieldLabel(field: MailboxField, t: AdminCatalog['mailbox']): string {
  const labels: Record<MailboxField, string> = {
    clientId: t.title,
    imapHost: t.imapHost,
    imapPort: t.imapPort,
    smtpHost: t.smtpHost,
    smtpPort: t.smtpPort,
    tls: t.tls,
    user: t.user,
    auth: t.auth,
    secret: t.secret,
    fromAddress: t.fromAddress,
    vipSenders: t.vipSenders,
  };
  return labels[field] ?? String(field);
}

/** Saves the form through saveMailbox (the CLI's own): the line to show when nothing was saved, or none. */
async function saveForm(
  deps: MailboxRoutesDeps & { mailboxes: MailboxDeps },
  res: Response,
  id: string,
  values: z.output<typeof formSchema>,
) {
  const { t, lang } = localeOf(res);
  const { secret, fromAddress, vipSenders, ...rest } = values;
  try {
    const outcome = await saveMailbox(deps.mailboxes, {
      clientId: id,
      ...rest,
      ...(secret !== '' ? { secret } : {}),
      ...(fromAddress.trim() !== '' ? { fromAddress: fromAddress.trim() } : {}),
      vipSenders: parseVipSenders(vipSenders),
    });
    return outcome.kind === 'failed' ? mailFailureText(lang, outcome.failure, values.user) : undefined;
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return t.mailbox.fieldInvalid({ field: fieldLabel(String(err.context.field) as MailboxField, t.mailbox) });
  }
}

/** POST /clients/:id/mailbox and /clients/:id/mailbox/remove: admins connect, change and remove a client's mailbox. */
export function createMailboxRoutes(deps: MailboxRoutesDeps, showClient: ShowClientMailbox): Router {
  const router = Router();
  const enabled = async (res: Response, id: string) => {
    const { t } = localeOf(res);
    if (!deps.mailboxes) throw new ConflictError(t.mailbox.off);
    const client = await deps.prisma.client.findUnique({ where: { id }, select: { erasedAt: true } });
    if (!client) throw new NotFoundError(t.invalid.noClient({ id }));
    if (client.erasedAt) throw new ConflictError(t.mailbox.notForErased);
    return deps.mailboxes;
  };
  router.post('/clients/:id/mailbox', requireAdmin, verifyCsrf, async (req, res) => {
    const id = parseOrThrow(idSchema(localeOf(res).t), req.params.id);
    const mailboxes = await enabled(res, id);
    const values = formSchema.parse(req.body ?? {});
    const line = await saveForm({ ...deps, mailboxes }, res, id, values);
    if (line !== undefined) {
      const { secret: _never, ...shown } = values;
      return showClient(res, id, { mailbox: { failed: { values: shown, line } } }, 400);
    }
    deps.logger.info({ clientId: id, by: currentStaff(res).id }, 'mailbox connected in the back-office');
    res.redirect(303, `/admin/clients/${id}?mailbox=saved#mailbox`);
  });
  router.post('/clients/:id/mailbox/remove', requireAdmin, verifyCsrf, async (req, res) => {
    const id = parseOrThrow(idSchema(localeOf(res).t), req.params.id);
    await enabled(res, id);
    await removeMailbox(deps.prisma, id);
    deps.logger.info({ clientId: id, by: currentStaff(res).id }, 'mailbox removed in the back-office');
    res.redirect(303, `/admin/clients/${id}?mailbox=removed#mailbox`);
  });
  return router;
}
