import { Router, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { createInvite } from '../../../domain/access/invites.js';
import type { AdminCatalog } from '../../../i18n/admin-catalog.js';
import type { MailboxDeps } from '../../../domain/mailbox/settings.js';
import type { PrismaClient } from '../../../infra/db/types.js';
import { ConflictError, errorMessage, NotFoundError } from '../../../kernel/errors.js';
import type { Logger } from '../../../infra/logger.js';
import { requireAdmin, verifyCsrf } from '../auth.js';
import { newClientSchema, parseSettingsForm } from '../client-settings.js';
import { localeOf } from '../lang.js';
import { csrfTokenOf, currentStaff } from '../locals.js';
import { renderClientPage, renderClientsList, type ClientPageInput } from '../pages/clients.js';
import { renderTimeline } from '../pages/timeline.js';
import { optionalField, parseOrThrow } from '../params.js';
import {
  createClient,
  editableClient,
  findClient,
  findClientHeader,
  listClients,
  updateClientSettings,
} from '../queries/clients.js';
import { clientTimeline, timelineQuerySchema } from '../queries/timeline.js';
import { sendPage } from '../respond.js';
import { outcomeQuerySchema } from '../take-message-form.js';
import { createMailboxRoutes, mailboxDoneQuery, mailboxSection, type MailboxExtras } from './mailbox.js';
import {
  createTakeMessageRoutes,
  takenMessagesSection,
  type TakeMessagePort,
  type TakenExtras,
} from './take-message.js';

const idSchema = (t: AdminCatalog) => z.uuid({ message: t.invalid.clientId });
const listQuerySchema = (t: AdminCatalog) =>
  z.object({ demo: optionalField(z.literal('1', { message: t.invalid.demoFlag })) }).strict();

export interface ClientRoutesDeps {
  prisma: PrismaClient;
  logger: Logger;
  clock: () => Date;
  tz: string;
  defaultLang: 'it' | 'en';
  telegramBotUsername?: (() => Promise<string>) | undefined;
  briefingChanged?: ((clientId: string) => Promise<void>) | undefined;
  /** records a message taken for a client; without it the page only lists them */
  takeMessage?: TakeMessagePort | undefined;
  /** whether OPENAI_API_KEY is set: a client's "LLM on" means nothing without it */
  llmConfigured?: boolean | undefined;
  /** whether clients can write on Slack, so an invite's notice tells how to use it there */
  slackClients?: boolean | undefined;
  /** the clients' mailboxes' settings; absent when MAILBOX_KEY is not set (the page says the feature is off) */
  mailboxes?: MailboxDeps | undefined;
}

type ShowClient = (
  res: Response,
  id: string,
  extra?: Pick<ClientPageInput, 'newInvite' | 'settings' | 'saved'> & TakenExtras & { mailbox?: MailboxExtras },
  status?: number,
) => Promise<void>;

/** Clients: everyone logged in reads; only admins create clients, change settings and make invites. */
export function createClientRoutes(deps: ClientRoutesDeps): Router {
  const router = Router();
  const showClient = clientPage(deps);
  if (deps.takeMessage) router.use(createTakeMessageRoutes({ ...deps, takeMessage: deps.takeMessage }, showClient));
  router.get('/clients', listPage(deps));
  router.post('/clients', requireAdmin, verifyCsrf, addClient(deps));
  router.get('/clients/:id', async (req, res) => {
    const { t } = localeOf(res);
    await showClient(res, parseOrThrow(idSchema(t), req.params.id), {
      outcome: parseOrThrow(outcomeQuerySchema(t), req.query),
      saved: savedQuery.safeParse(req.query).data?.saved === 'settings',
      mailbox: { done: mailboxDoneQuery.safeParse(req.query).data?.mailbox },
    });
  });
  router.use(createMailboxRoutes(deps, showClient));
  router.post('/clients/:id/settings', requireAdmin, verifyCsrf, changeSettings(deps, showClient));
  router.post('/clients/:id/invites', requireAdmin, verifyCsrf, makeInvite(deps, showClient));
  router.get('/clients/:id/timeline', timelinePage(deps));
  return router;
}

const isAdmin = (res: Response) => currentStaff(res).role === 'admin';
/** After a save the page says so: `?saved=settings` (anything else is ignored). */
const savedQuery = z.object({ saved: z.literal('settings') });

/** One client's page, with what a form just did (a new invite, settings as typed) when there is one. */
function clientPage(deps: ClientRoutesDeps): ShowClient {
  return async (res, id, extra = {}, status = 200) => {
    const locale = localeOf(res);
    const client = await findClient(deps.prisma, id);
    if (!client) throw new NotFoundError(locale.t.invalid.noClient({ id }));
    const messages = await takenMessagesSection(deps, res, client, extra);
    const mailbox = await mailboxSection(deps, res, client, extra.mailbox);
    const body = renderClientPage({
      client,
      now: deps.clock(),
      locale,
      edit: isAdmin(res) ? { csrfToken: csrfTokenOf(res) } : undefined,
      newInvite: extra.newInvite,
      settings: extra.settings,
      saved: extra.saved,
      messages,
      mailbox,
      llmConfigured: deps.llmConfigured ?? false,
    });
    sendPage(
      res,
      { title: client.erasedAt ? locale.t.common.erasedClient : client.name, active: 'clients', body },
      status,
    );
  };
}

function listPage(deps: ClientRoutesDeps): RequestHandler {
  return async (req, res) => {
    const locale = localeOf(res);
    const query = parseOrThrow(listQuerySchema(locale.t), req.query);
    const clients = await listClients(deps.prisma, query.demo === '1');
    const newClient = isAdmin(res)
      ? { csrfToken: csrfTokenOf(res), defaultLang: deps.defaultLang, defaultTz: deps.tz }
      : undefined;
    sendPage(res, {
      title: locale.t.clients.title,
      active: 'clients',
      body: renderClientsList({ clients, includeDemo: query.demo === '1', newClient, locale }),
    });
  };
}

function addClient(deps: ClientRoutesDeps): RequestHandler {
  return async (req, res) => {
    const input = parseOrThrow(newClientSchema(localeOf(res).t), req.body);
    const id = await createClient(deps.prisma, input);
    deps.logger.info({ clientId: id, by: currentStaff(res).id }, 'client created in the back-office');
    res.redirect(303, `/admin/clients/${id}`);
  };
}

function changeSettings(deps: ClientRoutesDeps, showClient: ShowClient): RequestHandler {
  return async (req, res) => {
    const { t } = localeOf(res);
    const id = parseOrThrow(idSchema(t), req.params.id);
    const form = parseSettingsForm(req.body, t);
    // A mistake shows the page again with the form as typed: nothing saved, nothing lost.
    if (!form.ok) return showClient(res, id, { settings: form.state }, 400);
    if (!(await updateClientSettings(deps.prisma, id, form.data)))
      throw new NotFoundError(t.invalid.noClientToChange({ id }));
    deps.logger.info({ clientId: id, by: currentStaff(res).id }, 'client settings changed in the back-office');
    // the briefing's switch, time or zone may have changed: its next one is put on the clock now
    await deps.briefingChanged?.(id);
    res.redirect(303, `/admin/clients/${id}?saved=settings#settings`);
  };
}

function makeInvite(deps: ClientRoutesDeps, showClient: ShowClient): RequestHandler {
  return async (req, res) => {
    const { t } = localeOf(res);
    const id = parseOrThrow(idSchema(t), req.params.id);
    const client = await editableClient(deps.prisma, id);
    if (!client) throw new NotFoundError(t.invalid.noClientToInvite({ id }));
    // A demo client is one browser trying the web chat: nobody to hand an invite to.
    if (client.isDemo) throw new ConflictError(t.clients.noInviteForDemo);
    const invite = await createInvite(deps.prisma, id, deps.clock());
    const bot = await deps.telegramBotUsername?.().catch((err: unknown) => {
      deps.logger.warn({ err: errorMessage(err) }, 'could not ask Telegram for the bot name');
      return undefined;
    });
    deps.logger.info({ clientId: id, by: currentStaff(res).id }, 'invite created in the back-office');
    await showClient(res, id, {
      newInvite: {
        code: invite.code,
        expiresAt: invite.expiresAt,
        telegram: deps.telegramBotUsername !== undefined,
        telegramLink: bot ? `https://t.me/${bot}?start=${invite.code}` : undefined,
        slack: deps.slackClients ?? false,
      },
    });
  };
}

function timelinePage(deps: ClientRoutesDeps): RequestHandler {
  return async (req, res) => {
    const locale = localeOf(res);
    const id = parseOrThrow(idSchema(locale.t), req.params.id);
    const { before } = parseOrThrow(timelineQuerySchema(locale.t), req.query);
    const client = await findClientHeader(deps.prisma, id);
    if (!client) throw new NotFoundError(locale.t.invalid.noClient({ id }));
    const { entries, older } = await clientTimeline(deps.prisma, id, before);
    const title = locale.t.timeline.title({ client: client.erasedAt ? locale.t.common.erasedClient : client.name });
    sendPage(res, {
      title,
      active: 'clients',
      body: renderTimeline({ clientId: id, tz: client.tz, entries, older, paged: before !== undefined, locale }),
    });
  };
}
