import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { TicketFollowupScheduler } from '../domain/delivery/ticket-followups.js';
import type { FollowupSettings } from '../domain/delivery/ticket-rules.js';
import type { PrismaClient } from '../infra/db/types.js';
import type { Logger } from '../infra/logger.js';
import { settlesWithin } from '../infra/settles.js';
import { QUEUE_FOLLOWUPS, QUEUE_REMINDERS } from '../jobs/kind.js';
import { createBookingReminderScheduler } from '../jobs/kinds/booking-reminder.js';
import { createFileDownloads } from '../jobs/kinds/file-download.js';
import { createBriefingScheduler } from '../jobs/kinds/morning-briefing.js';
import { createReminderScheduler } from '../jobs/kinds/reminder.js';
import { createSegreteriaReleases } from '../jobs/kinds/segreteria-release.js';
import { createTicketFollowupScheduler } from '../jobs/kinds/ticket-followup.js';
import { errorMessage } from '../kernel/errors.js';

/** How long a back-office save waits for its morning briefing to be scheduled in Redis. */
const BRIEFING_SCHEDULE_WAIT_MS = 3000;

export interface SchedulersDeps {
  prisma: PrismaClient;
  redis: Redis;
  logger: Logger;
  clock: () => Date;
  queuePrefix?: string | undefined;
  followupSettings: FollowupSettings;
  hasDesk: boolean;
}

/** The BullMQ queues and what puts jobs on them: every later thing Delego does starts here. */
export function createSchedulers(deps: SchedulersDeps) {
  const { prisma, logger, clock } = deps;
  const queueOptions = { connection: deps.redis, ...(deps.queuePrefix ? { prefix: deps.queuePrefix } : {}) };
  // Without a listener BullMQ prints every reconnect error to stderr; main.ts already logs the connection's.
  const logQueueErrors = <Q extends Queue>(queue: Q): Q =>
    queue.on('error', (err) => logger.debug({ err: errorMessage(err), queue: queue.name }, 'queue connection error'));
  const reminderQueue = logQueueErrors(new Queue(QUEUE_REMINDERS, queueOptions));
  const followupQueue = logQueueErrors(new Queue(QUEUE_FOLLOWUPS, queueOptions));
  const briefings = createBriefingScheduler({ queue: followupQueue, prisma, clock });
  return {
    queueOptions,
    logQueueErrors,
    reminderQueue,
    followupQueue,
    reminders: createReminderScheduler(reminderQueue, clock),
    bookingReminders: createBookingReminderScheduler({ queue: followupQueue, prisma, clock }),
    briefings,
    releases: createSegreteriaReleases({ queue: followupQueue, clock }),
    fileDownloads: createFileDownloads({ queue: followupQueue, clock }),
    ticketFollowups: createTicketFollowupScheduler({
      queue: followupQueue,
      prisma,
      settings: deps.followupSettings,
      hasDesk: deps.hasDesk,
      clock,
    }) as TicketFollowupScheduler,
    /** A settings save answers within a few seconds even with Redis down; the reconciler catches up then. */
    async briefingChanged(clientId: string): Promise<void> {
      const scheduled = briefings
        .scheduleNext(clientId)
        .catch((err: unknown) =>
          logger.warn(
            { err: errorMessage(err), clientId },
            'could not schedule the morning briefing; the reconciler will',
          ),
        );
      if (!(await settlesWithin(scheduled, BRIEFING_SCHEDULE_WAIT_MS)))
        logger.warn({ clientId }, 'scheduling the morning briefing is slow; answering before it ends');
    },
  };
}

export type Schedulers = ReturnType<typeof createSchedulers>;
