import type { Queue } from 'bullmq';
import { z } from 'zod';
import {
  deliverTicketFollowup,
  dueTicketFollowups,
  pendingTicketFollowups,
  type TicketFollowupScheduler,
} from '../../domain/delivery/ticket-followups.js';
import { followupRules, type FollowupSettings, type PlannedFollowup } from '../../domain/delivery/ticket-rules.js';
import type { PrismaClient } from '../../infra/db/types.js';
import { done, QUEUE_FOLLOWUPS, type DueJob, type JobKind } from '../kind.js';
import { scheduleJob } from '../schedule.js';

/** One follow-up of a ticket (a nudge to the desk, a word to the client), by its key (src/domain/delivery). */
const ticketFollowupJobSchema = z.object({
  kind: z.literal('ticket_followup'),
  ticketId: z.uuid(),
  rule: z.enum(followupRules),
  key: z.string().min(1).max(100),
});
export type TicketFollowupJob = z.infer<typeof ticketFollowupJobSchema>;

/** BullMQ ids may not contain ':'. */
export const ticketFollowupJobId = (ticketId: string, key: string): string =>
  `tfu-${ticketId}-${key.replace(/:/g, '-')}`;

const dueJob = (ticketId: string, planned: PlannedFollowup): DueJob<TicketFollowupJob> => ({
  payload: { kind: 'ticket_followup', ticketId, rule: planned.rule, key: planned.key },
  at: planned.at,
});

export const ticketFollowupKind: JobKind<TicketFollowupJob> = {
  name: 'ticket_followup',
  queue: QUEUE_FOLLOWUPS,
  schema: ticketFollowupJobSchema,
  jobId: (payload) => ticketFollowupJobId(payload.ticketId, payload.key),
  async due(deps, now, until) {
    const followups = await dueTicketFollowups(deps.prisma, deps.followupSettings, now, until, deps.hasDesk);
    return followups.map(({ ticketId, followup }) => dueJob(ticketId, followup));
  },
  async run(deps, payload) {
    const { ticketId, rule } = payload;
    const outcome = await deliverTicketFollowup({ ...deps, settings: deps.followupSettings }, ticketId, payload.key);
    if (outcome.kind === 'wait') return outcome;
    const fields = { ticketId, rule, kind: payload.kind };
    if (outcome.kind === 'sent') deps.logger.info(fields, 'follow-up delivered');
    else if (outcome.kind === 'undeliverable')
      deps.logger.warn({ ...fields, reason: outcome.reason }, 'follow-up could not be delivered');
    else deps.logger.debug({ ...fields, reason: outcome.reason }, 'follow-up job had nothing to do');
    return done(outcome.kind);
  },
};

/** Ticket follow-ups on the clock, from the ticket's current state. */
export function createTicketFollowupScheduler(deps: {
  queue: Queue;
  prisma: PrismaClient;
  settings: FollowupSettings;
  hasDesk: boolean;
  clock: () => Date;
}): TicketFollowupScheduler {
  return {
    async ticketChanged(ticketId) {
      const now = deps.clock();
      const plan = await pendingTicketFollowups(deps.prisma, ticketId, deps.settings, now, deps.hasDesk);
      await Promise.all(
        plan.map((planned) => scheduleJob(deps.queue, ticketFollowupKind, dueJob(ticketId, planned), now)),
      );
    },
  };
}
