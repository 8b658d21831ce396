import type { Request } from 'express';

/**
 * Requests a back-office page makes on its own, not the person: they do not extend the staff
 * session, or a tab left open would keep it alive for ever (its 12 hours without use never come).
 * The ticket page's live stream (and its reconnections), and the queue board's polling of its
 * API (bull-board asks every few seconds); what the person changes there still counts.
 */
const ticketLive = /^\/tickets\/[^/]+\/live$/;
const queuesApi = /^\/queues\/api\//;

export const isBackgroundRequest = (req: Request): boolean =>
  req.method === 'GET' && (ticketLive.test(req.path) || queuesApi.test(req.path));
