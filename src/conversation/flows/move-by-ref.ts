import type { Understanding } from '../../understanding/contract.js';
import type { FlowContext, FlowResult } from '../flow.js';
import { withOpenRequest } from '../named-ref.js';
import { noteToRequest } from '../routes/about-request.js';
import { rescheduleItem } from './manage.js';
import { mentionsDay } from './when.js';

/**
 * "sposta la richiesta 1001 a venerdì alle 10", "move request 1001 to Friday 10am": the number
 * names the request, no guess. Its booking moves (the desk hears it in the request's thread when
 * the office arranges it); a request with no booking gets the words as a note for the office. A
 * number not theirs, or a request already closed, is said so and nothing moves.
 */
export async function moveByRef(ctx: FlowContext, u: Understanding, ref: number): Promise<FlowResult> {
  return withOpenRequest(ctx, ref, 'refClosedNoMove', async (request) => {
    if (!request.bookingId) return noteToRequest(ctx, request, ctx.text);
    const item = { kind: 'booking' as const, id: request.bookingId };
    return rescheduleItem(ctx, { item, understanding: u, keepDay: !mentionsDay(ctx.text) });
  });
}
