import { t } from '../../i18n/catalog.js';
import { statusHolds } from '../../domain/segreteria/decide.js';
import { DEFAULT_STATUS_MINUTES, extendedStatus, setAvailability, untilText } from '../../domain/segreteria/status.js';
import type { AvailabilityKind, Lang, Understanding } from '../../understanding/contract.js';
import { encodeButton, type StatusChange } from '../../kernel/actions.js';
import type { Flow, FlowContext, FlowResult, Reply } from '../flow.js';

/**
 * The client's status: "sono in riunione fino alle 16", "non disturbare", "sono libero", or the
 * buttons under a confirmation. Messages taken meanwhile wait for its end (src/domain/segreteria); a
 * job at the end releases them, and the desk cards show the status while it holds.
 */

/** How the end of a status was chosen: said by the client, or the default because none was said or the one said is gone today. */
type EndChoice = 'said' | 'default' | { passed: string };

async function applyStatus(
  ctx: FlowContext,
  kind: AvailabilityKind,
  until: Date | null,
  end: EndChoice,
): Promise<FlowResult> {
  const before = await ctx.db.client.findUniqueOrThrow({
    where: { id: ctx.clientId },
    select: { availabilityKind: true, availabilityUntil: true },
  });
  // "I'm free" twice: said so, rather than welcomed back again
  const already =
    (kind === 'available' || until === null) &&
    !statusHolds({ kind: before.availabilityKind, until: before.availabilityUntil }, ctx.now);
  await setAvailability(ctx.db, ctx.clientId, kind, until);
  // Free again: held messages go now; otherwise the job at the end looks at them.
  const releaseAt = kind === 'available' || until === null ? ctx.now : until;
  return {
    reply: already ? { text: t(ctx.lang, 'statusAlreadyAvailable') } : statusReply(ctx, kind, until, end),
    // the release job and the desk cards are told independently (src/app.ts subscribes both)
    events: [{ type: 'client_status_changed', clientId: ctx.clientId, releaseAt }],
    understood: true,
  };
}

const statusButton = (label: string, change: StatusChange) => ({ label, data: encodeButton({ op: 'status', change }) });
/** under a busy or do-not-disturb status: free again, or one more hour */
const whileBusy = (lang: Lang) => [
  [statusButton(t(lang, 'buttonImFree'), 'free'), statusButton(t(lang, 'buttonSnooze1h'), 'hour')],
];

/** `/stato`, `/status`: the client's status now, and buttons to change it. */
export async function statusReportFlow(ctx: FlowContext): Promise<FlowResult> {
  const client = await ctx.db.client.findUniqueOrThrow({
    where: { id: ctx.clientId },
    select: { availabilityKind: true, availabilityUntil: true },
  });
  const status = { kind: client.availabilityKind, until: client.availabilityUntil };
  const buttons = [
    [statusButton(t(ctx.lang, 'buttonBusyHour'), 'busy'), statusButton(t(ctx.lang, 'buttonDndHour'), 'dnd')],
  ];
  if (!statusHolds(status, ctx.now))
    return { reply: { text: t(ctx.lang, 'statusNowAvailable'), buttons }, understood: true };
  const until = untilText(status.until!, ctx.lang, ctx.tz, ctx.now);
  const text = t(ctx.lang, status.kind === 'dnd' ? 'statusNowDnd' : 'statusNowBusy', { until });
  return { reply: { text, buttons: whileBusy(ctx.lang) }, understood: true };
}

function statusReply(ctx: FlowContext, kind: AvailabilityKind, until: Date | null, end: EndChoice): Reply {
  if (kind === 'available' || until === null) return { text: t(ctx.lang, 'statusAvailable') };
  const when = untilText(until, ctx.lang, ctx.tz, ctx.now);
  if (typeof end === 'object')
    return {
      text: t(ctx.lang, kind === 'dnd' ? 'statusDndEndPassed' : 'statusBusyEndPassed', {
        said: end.passed,
        until: when,
      }),
      buttons: whileBusy(ctx.lang),
    };
  const defaulted = end === 'default';
  const key =
    kind === 'dnd' ? (defaulted ? 'statusDndNoEnd' : 'statusDnd') : defaulted ? 'statusBusyNoEnd' : 'statusBusy';
  return { text: t(ctx.lang, key, { until: when }), buttons: whileBusy(ctx.lang) };
}

export const statusFlow: Flow<Understanding> = (ctx, u) => {
  const kind = u.availability ?? 'busy';
  if (kind === 'available') return applyStatus(ctx, kind, null, 'said');
  const until = u.until ? new Date(u.until) : new Date(ctx.now.getTime() + DEFAULT_STATUS_MINUTES * 60_000);
  const end: EndChoice =
    u.until !== undefined ? 'said' : u.timeIssue?.reason === 'past' ? { passed: u.timeIssue.said ?? '' } : 'default';
  return applyStatus(ctx, kind, until, end);
};

/** "I'm free" / "+1 h" under a status confirmation, "busy" / "do not disturb" for an hour under /stato. */
export const statusButtonFlow: Flow<StatusChange> = async (ctx, change) => {
  if (change === 'free') return applyStatus(ctx, 'available', null, 'said');
  if (change === 'busy' || change === 'dnd')
    return applyStatus(ctx, change, new Date(ctx.now.getTime() + DEFAULT_STATUS_MINUTES * 60_000), 'said');
  const client = await ctx.db.client.findUniqueOrThrow({
    where: { id: ctx.clientId },
    select: { availabilityKind: true, availabilityUntil: true },
  });
  const next = extendedStatus({ kind: client.availabilityKind, until: client.availabilityUntil }, ctx.now);
  return applyStatus(ctx, next.kind, next.until, 'said');
};
