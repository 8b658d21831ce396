import { takeMailNews, type MailNewsItem } from '../../domain/mailbox/news.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { t } from '../../i18n/catalog.js';
import { formatDateTime } from '../../i18n/format.js';
import type { Lang } from '../../understanding/contract.js';
import type { Flow } from '../flow.js';

/** E-mails listed one by one in the answer; the rest are counted. */
const MAIL_NEWS_SHOWN = 10;

function itemLine(item: MailNewsItem, lang: Lang): string {
  const subject = item.subject || t(lang, 'mailNewsNoSubject');
  const done =
    item.triage === 'ticket' && item.ticketNumber !== null
      ? t(lang, 'mailNewsTicket', { ref: ticketLabel(item.ticketNumber) })
      : item.triage === 'notified'
        ? t(lang, 'mailNewsNotified')
        : t(lang, 'mailNewsCounted');
  return `• ${item.from}: «${subject}» — ${done}`;
}

/** "Cosa c'è di nuovo nella posta?": what came in since the client last asked, and what the office did with each. */
export const mailNewsFlow: Flow<unknown> = async (ctx) => {
  const news = await takeMailNews(ctx.db, ctx.clientId, ctx.now);
  if (!news) return { reply: { text: t(ctx.lang, 'mailNewsNoMailbox') }, understood: true };
  const since = formatDateTime(news.since, ctx.lang, ctx.tz, ctx.now);
  const { items, setAside } = news;
  const aside = setAside > 0 ? [t(ctx.lang, 'mailNewsSetAside', { count: setAside })] : [];
  if (items.length === 0)
    return { reply: { text: [t(ctx.lang, 'mailNewsNone', { since }), ...aside].join('\n') }, understood: true };
  const more = items.length - MAIL_NEWS_SHOWN;
  const text = [
    t(ctx.lang, 'mailNewsHeader', { count: items.length, since }),
    ...items.slice(0, MAIL_NEWS_SHOWN).map((item) => itemLine(item, ctx.lang)),
    ...(more > 0 ? [t(ctx.lang, 'mailNewsMore', { count: more })] : []),
    ...aside,
  ];
  return { reply: { text: text.join('\n') }, understood: true };
};
