import { Router, type Response } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../../infra/db/types.js';
import { ConflictError, NotFoundError, ValidationError, errorMessage } from '../../../kernel/errors.js';
import type { AdminCatalog } from '../../../i18n/admin-catalog.js';
import type { Logger } from '../../../infra/logger.js';
import { decideDelivery } from '../../../domain/segreteria/decide.js';
import type { TakeMessageInput, TakeMessageOutcome } from '../../../domain/segreteria/messages.js';
import { verifyCsrf } from '../auth.js';
import { localeOf } from '../lang.js';
import { csrfTokenOf, currentStaff } from '../locals.js';
import type { TakenMessagesInput } from '../pages/client-messages.js';
import { parseOrThrow } from '../params.js';
import type { ClientPageData } from '../queries/clients.js';
import { clientForMessage, recentTakenMessages } from '../queries/taken-messages.js';
import { parseTakeMessageForm, outcomeQuery, type TakeMessageFormState } from '../take-message-form.js';

/** The secretary's takeMessage as the composition root hands it to the back-office. */
export type TakeMessagePort = (input: TakeMessageInput) => Promise<{ id: string; outcome: TakeMessageOutcome }>;

/** What a request adds to the client page's messages: the outcome after the redirect, or the form as typed. */
export interface TakenExtras {
  outcome?: TakeMessageOutcome | undefined;
  state?: TakeMessageFormState | undefined;
}

/** Shows the client page with `extra`, with this status. */
export type ShowClient = (res: Response, id: string, extra: TakenExtras, status?: number) => Promise<void>;

type ClientFacts = Pick<
  ClientPageData,
  'id' | 'tz' | 'isDemo' | 'erasedAt' | 'availabilityKind' | 'availabilityUntil' | 'quietHoursStart' | 'quietHoursEnd'
>;

const idSchema = (t: AdminCatalog) => z.uuid({ message: t.invalid.clientId });

/** Erased and demo clients get no messages taken. */
function refusalFor(client: Pick<ClientFacts, 'isDemo' | 'erasedAt'>, t: AdminCatalog): string | undefined {
  if (client.erasedAt) return t.takeMessage.notForErased;
  return client.isDemo ? t.takeMessage.notForDemo : undefined;
}

/** The messages part of the client page for this person: the form when they can take one, and the latest ones. */
export async function takenMessagesSection(
  deps: { prisma: PrismaClient; clock: () => Date; takeMessage?: TakeMessagePort | undefined },
  res: Response,
  client: ClientFacts,
  extra: TakenExtras,
): Promise<TakenMessagesInput> {
  const refusal = refusalFor(client, localeOf(res).t);
  const release = decideDelivery(
    { kind: client.availabilityKind, until: client.availabilityUntil },
    client,
    false,
    deps.clock(),
  );
  return {
    clientId: client.id,
    tz: client.tz,
    messages: await recentTakenMessages(deps.prisma, client.id),
    release: release.action === 'hold' ? { until: release.until, reason: release.reason } : null,
    form: deps.takeMessage && !refusal ? { csrfToken: csrfTokenOf(res), state: extra.state } : undefined,
    refusal: deps.takeMessage ? refusal : undefined,
    outcome: extra.outcome,
  };
}

/** POST /clients/:id/messages: every logged-in person takes messages (it is an assistant's job). */
export function createTakeMessageRoutes(
  deps: { prisma: PrismaClient; logger: Logger; takeMessage: TakeMessagePort },
  showClient: ShowClient,
): Router {
  const router = Router();
  router.post('/clients/:id/messages', verifyCsrf, async (req, res) => {
    const { t } = localeOf(res);
    const id = parseOrThrow(idSchema(t), req.params.id);
    const client = await clientForMessage(deps.prisma, id);
    if (!client) throw new NotFoundError(t.invalid.noClient({ id }));
    const refusal = refusalFor(client, t);
    if (refusal) throw new ConflictError(refusal);
    const form = parseTakeMessageForm(req.body, t);
    if (!form.ok) return showClient(res, id, { state: form.state }, 400);
    const by = currentStaff(res).id;
    let outcome: TakeMessageOutcome;
    try {
      ({ outcome } = await deps.takeMessage({ clientId: id, ...form.data, takenByUserId: by }));
    } catch (err) {
      if (err instanceof NotFoundError) throw new NotFoundError(t.invalid.noClient({ id }));
      if (err instanceof ValidationError) throw err;
      // The delivery failed inside the transaction that records the message: nothing was kept, so the form stays filled in.
      deps.logger.error({ err: errorMessage(err), clientId: id, by }, 'message not taken in the back-office');
      const values = { ...form.data, callerPhone: form.data.callerPhone ?? '' };
      return showClient(res, id, { state: { values, errors: {}, failure: t.takeMessage.failed } }, 503);
    }
    deps.logger.info({ clientId: id, by, outcome: outcome.kind }, 'message taken in the back-office');
    res.redirect(303, `/admin/clients/${id}?${outcomeQuery(outcome)}`);
  });
  return router;
}
