import { fileURLToPath } from 'node:url';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { DeskContext } from '../../desk/context.js';
import type { FileStore } from '../../domain/files/store.js';
import type { MailboxDeps } from '../../domain/mailbox/settings.js';
import { isServiceUnavailable, type PrismaClient } from '../../infra/db/types.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import type { Lang } from '../../understanding/contract.js';
import type { AdminCatalog } from '../../i18n/admin-catalog.js';
import { loadStaffSession, requireStaff } from './auth.js';
import { isBackgroundRequest } from './background.js';
import { createLangRoutes, localeOf, resolveLang } from './lang.js';
import { sendMessage } from './respond.js';
import { createClientRoutes } from './routes/clients.js';
import type { LoginThrottle } from './login-throttle.js';
import { createLoginRoutes } from './routes/login.js';
import type { TakeMessagePort } from './routes/take-message.js';
import { createTicketRoutes } from './routes/tickets.js';
import { createUserRoutes } from './routes/users.js';

export interface AdminRouterDeps {
  prisma: PrismaClient;
  logger: Logger;
  clock: () => Date;
  /** an https address makes the cookies Secure */
  publicUrl?: string | undefined;
  /** slows down repeated failed logins per account and per address (Redis) */
  loginThrottle: LoginThrottle;
  /** the agency's zone: how times are shown, and new clients' default */
  tz: string;
  /** new clients' language */
  defaultLang: Lang;
  /** DESK_LANG: the pages' language when neither the person's switch nor their browser names one */
  deskLang: Lang;
  /** the Telegram bot's username, for invite deep links; absent when Telegram is off */
  telegramBotUsername?: (() => Promise<string>) | undefined;
  /** told when a client's settings were saved, so a morning briefing switched on or moved goes on the clock at once */
  briefingChanged?: ((clientId: string) => Promise<void>) | undefined;
  /** whether OPENAI_API_KEY is set: the client page says when "LLM on" falls back to the rules */
  llmConfigured?: boolean | undefined;
  /** whether clients can write on Slack: the new-invite notice says how to use the code there */
  slackClients?: boolean | undefined;
  /** the clients' mailboxes' settings (MAILBOX_KEY set): the client page connects, changes and removes one */
  mailboxes?: MailboxDeps | undefined;
  /** where clients' files are kept: the ticket page's download links read them */
  files: FileStore;
  /**
   * The desk's acts and their context: the ticket page claims, replies, asks and closes through
   * the same acts as the Slack desk (whose cards follow, when there is one).
   */
  desk: DeskContext;
  /** how often an open ticket page looks for changes (ms); tests make it short */
  livePollMs?: number | undefined;
  /** the secretary's takeMessage: the client page's "Take a message" form posts to it */
  takeMessage?: TakeMessagePort | undefined;
  /**
   * More back-office routers (stats, reports, queues). Each is mounted at /admin behind
   * requireStaff, so res.locals.staff and res.locals.csrfToken are set (see auth.ts); paths are
   * relative to /admin. Their POST routes must add verifyCsrf (or rely on their own check).
   */
  extraRoutes?: Router[] | undefined;
}

/** Browsers are asked to come back after this long while the database does not answer. */
const RETRY_AFTER_S = 30;

const statusOf = (err: unknown): [number, keyof AdminCatalog['refusals']] | undefined => {
  if (err instanceof ValidationError) return [400, 'badRequest'];
  if (err instanceof ForbiddenError) return [403, 'forbidden'];
  if (err instanceof NotFoundError) return [404, 'notFound'];
  if (err instanceof ConflictError) return [409, 'conflict'];
  return undefined;
};

/** The web back-office at /admin: login, tickets, clients, users, and the routers of extraRoutes. */
export function createAdminRouter(deps: AdminRouterDeps): Router {
  const router = Router();
  router.use(
    '/assets',
    express.static(fileURLToPath(new URL('./assets/', import.meta.url)), { index: false, maxAge: '1h' }),
  );
  router.use(express.urlencoded({ extended: false, limit: '64kb' }));
  router.use(resolveLang(deps.deskLang));
  router.use(loadStaffSession({ ...deps, background: isBackgroundRequest }));
  router.use(createLangRoutes(deps));
  router.use(createLoginRoutes(deps));
  router.use(requireStaff);
  router.use(createTicketRoutes(deps));
  router.use(createClientRoutes(deps));
  router.use(createUserRoutes(deps));
  for (const extra of deps.extraRoutes ?? []) router.use(extra);
  // Behind requireStaff: a stranger is sent to the login whether or not the page exists.
  router.use((_req: Request, res: Response) => {
    const { t } = localeOf(res);
    sendMessage(res, 404, t.refusals.notFound, t.invalid.noPage);
  });

  // Mistakes of the person using the page get one line in the page; the rest go to the app's handler.
  router.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (isServiceUnavailable(err) && !res.headersSent) return sendUnavailable(res, deps.logger, err);
    const known = statusOf(err);
    if (!known || res.headersSent) return next(err);
    deps.logger.debug({ path: req.path, status: known[0] }, 'back-office request refused');
    sendMessage(res, known[0], localeOf(res).t.refusals[known[1]], (err as Error).message);
  });
  return router;
}

/** The database (or Redis) does not answer: a page in the person's language saying so, and when to come back. */
function sendUnavailable(res: Response, logger: Logger, err: unknown): void {
  logger.debug({ err: (err as Error).message }, 'back-office request refused: a service is unavailable');
  const { t } = localeOf(res);
  res.set('retry-after', String(RETRY_AFTER_S));
  sendMessage(res, 503, t.refusals.unavailable, t.refusals.unavailableBody);
}
