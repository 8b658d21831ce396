import type { Understand } from '../../understanding/understand.js';
import type { ConversationServices } from '../services.js';
import type { Route } from '../turn.js';
import { buttonRoute } from './buttons.js';
import { briefingWordsRoute, commandRoute } from './commands.js';
import { oversizedFilesRoute, unheardVoiceRoute, wordlessRoute } from './files.js';
import { pendingAnswerRoute } from './pending-answer.js';
import { relayRoute } from './relay.js';
import { correctionRoute } from './correction.js';
import { gibberishRoute } from './gibberish.js';
import { additionRoute } from './addition.js';
import { pronounCancelRoute } from './pronoun-cancel.js';
import { droppedRefRoute } from './dropped-ref.js';
import { namedRefNoteRoute } from './named-ref-note.js';
import { aboutRequestRoute } from './about-request.js';
import { impatienceRoute } from './impatience.js';
import { smallTalkRoute } from './small-talk.js';
import { understoodRoute } from './understood.js';
import { writeBeforehand } from '../flows/mail-reply.js';
import { draftEditRoute, mailDraftButton, mailPickButton } from '../flows/mail-draft.js';

/**
 * Where a message goes, in order: the first route that returns a step wins. A button acts on its
 * own; files too large stop everything; commands; words nobody can read ("asdjk qll"); a correction of what was just made ("no scusa, venerdì"); words added to it ("aggiungi che…"); a cancel of it by a pronoun alone ("annullala", asked first); a request dropped by its number ("pratica 1005
 * lasciala perdere"); words for a request named by its number ("per la richiesta 1003: …"); news about a request named by its kind ("x la traduzione…"); impatience about a request ("still nothing"); an answer to an assistant; the briefing switch
 * in words; a voice note nobody could hear; the answer to an open question; small talk ("ok",
 * "ciao"); wordless messages; and last whatever the understanding makes of the words.
 */
export function conversationRoutes(services: ConversationServices): Route[] {
  const understand = sameWordsOnce(services.understand);
  return [
    buttonRoute(understand, {
      mail_draft: mailDraftButton(services.prisma, services.mail),
      mail_pick: mailPickButton(services.prisma, services.mail),
    }),
    oversizedFilesRoute(services.limits?.maxAttachmentBytes),
    commandRoute,
    draftEditRoute(services.prisma),
    gibberishRoute(understand),
    correctionRoute(services.prisma, understand),
    additionRoute(services.prisma),
    pronounCancelRoute(services.prisma),
    droppedRefRoute,
    namedRefNoteRoute(understand),
    aboutRequestRoute(services.prisma, understand),
    impatienceRoute(services.prisma, understand),
    relayRoute(services.prisma, understand),
    briefingWordsRoute,
    unheardVoiceRoute,
    pendingAnswerRoute(understand),
    smallTalkRoute,
    wordlessRoute,
    understoodRoute(understand, services.logger, (u, turn) => writeBeforehand(services.prisma, services.mail, u, turn)),
  ];
}

/**
 * Several routes read the same message (the relay, news about a request, the understanding
 * itself): the words are understood once per message, not once per route (with an LLM, one call
 * instead of up to three). The last input and its answer are kept; a failure is not.
 */
function sameWordsOnce(understand: Understand): Understand {
  let last: { key: string; result: ReturnType<Understand> } | undefined;
  return (text, options) => {
    const key = JSON.stringify([text, options]);
    if (last?.key === key) return last.result;
    const result = understand(text, options);
    last = { key, result };
    result.catch(() => {
      if (last?.result === result) last = undefined;
    });
    return result;
  };
}
