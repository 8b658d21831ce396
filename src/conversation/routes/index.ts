import type { ConversationServices } from '../services.js';
import type { Route } from '../turn.js';
import { buttonRoute } from './buttons.js';
import { briefingWordsRoute, commandRoute } from './commands.js';
import { oversizedFilesRoute, unheardVoiceRoute, wordlessRoute } from './files.js';
import { pendingAnswerRoute } from './pending-answer.js';
import { relayRoute } from './relay.js';
import { correctionRoute } from './correction.js';
import { additionRoute } from './addition.js';
import { droppedRefRoute } from './dropped-ref.js';
import { aboutRequestRoute } from './about-request.js';
import { smallTalkRoute } from './small-talk.js';
import { understoodRoute } from './understood.js';
import { writeBeforehand } from '../flows/mail-reply.js';
import { draftEditRoute, mailDraftButton, mailPickButton } from '../flows/mail-draft.js';

/**
 * Where a message goes, in order: the first route that returns a step wins. A button acts on its
 * own; files too large stop everything; commands; a correction of what was just made ("no scusa, venerdì"); words added to it ("aggiungi che…"); a request dropped by its number ("pratica 1005
 * lasciala perdere"); news about a request named by its kind ("x la traduzione…"); an answer to an assistant; the briefing switch
 * in words; a voice note nobody could hear; the answer to an open question; small talk ("ok",
 * "ciao"); wordless messages; and last whatever the understanding makes of the words.
 */
export function conversationRoutes(services: ConversationServices): Route[] {
  return [
    buttonRoute(services.understand, {
      mail_draft: mailDraftButton(services.prisma, services.mail),
      mail_pick: mailPickButton(services.prisma, services.mail),
    }),
    oversizedFilesRoute(services.limits?.maxAttachmentBytes),
    commandRoute,
    draftEditRoute(services.prisma),
    correctionRoute(services.prisma, services.understand),
    additionRoute(services.prisma),
    droppedRefRoute,
    aboutRequestRoute(services.prisma, services.understand),
    relayRoute(services.prisma, services.understand),
    briefingWordsRoute,
    unheardVoiceRoute,
    pendingAnswerRoute(services.understand),
    smallTalkRoute,
    wordlessRoute,
    understoodRoute(services.understand, services.logger, (u, turn) =>
      writeBeforehand(services.prisma, services.mail, u, turn),
    ),
  ];
}
