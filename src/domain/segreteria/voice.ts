import type { InboundMessage } from '../../kernel/messaging.js';
import { errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import type { Lang } from '../../understanding/contract.js';
import type { ReceivedFiles } from '../files/receive.js';

/**
 * Voice notes (common among Italian clients on Telegram): the audio fetched from the channel
 * when the message arrived (files/receive.ts) is transcribed, and the transcript is understood like a typed message. Without a
 * transcriber, for a client whose messages must not reach an LLM, or when anything fails,
 * the note is "unheard" and goes to an assistant with the audio attached.
 */

export interface Transcriber {
  transcribe(audio: { content: Buffer; fileName: string; mimeType: string }, lang: Lang): Promise<string>;
}

export type Heard =
  { kind: 'transcript'; text: string } | { kind: 'unheard'; reason: 'off' | 'not_allowed' | 'failed' | 'empty' };

/** undefined when the message is not a voice note */
export type VoiceReader = (
  msg: InboundMessage,
  client: { llmEnabled: boolean; lang: Lang },
  received: ReceivedFiles,
) => Promise<Heard | undefined>;

/** A voice note: one voice (or audio) file and no typed text. */
export function voiceNoteOf(msg: InboundMessage): InboundMessage['attachments'][number] | undefined {
  if (msg.action || msg.command || msg.text.trim() !== '' || msg.attachments.length !== 1) return undefined;
  const [file] = msg.attachments;
  return file && (file.kind === 'voice' || file.kind === 'audio') ? file : undefined;
}

export function createVoiceReader(deps: {
  transcriber?: Transcriber | undefined;
  maxBytes: number;
  logger: Logger;
}): VoiceReader {
  return async (msg, client, received) => {
    const note = voiceNoteOf(msg);
    // A file over the size limit is refused by the pipeline before anything is fetched.
    if (!note || (note.sizeBytes ?? 0) > deps.maxBytes) return undefined;
    if (!deps.transcriber) return { kind: 'unheard', reason: 'off' };
    if (!client.llmEnabled) return { kind: 'unheard', reason: 'not_allowed' };
    const audio = received.get(note.fileId);
    if (audio?.kind !== 'fetched') return { kind: 'unheard', reason: 'failed' };
    const { content } = audio;
    const startedAt = Date.now();
    try {
      const text = await deps.transcriber.transcribe(
        { content, fileName: note.fileName ?? 'voice.ogg', mimeType: note.mimeType ?? 'audio/ogg' },
        client.lang,
      );
      // Sizes and timings only: what the client said never reaches the logs.
      deps.logger.info(
        { channel: msg.channel, bytes: content.length, chars: text.length, elapsedMs: Date.now() - startedAt },
        'voice note transcribed',
      );
      return text === '' ? { kind: 'unheard', reason: 'empty' } : { kind: 'transcript', text };
    } catch (err) {
      deps.logger.warn(
        { channel: msg.channel, err: errorMessage(err), elapsedMs: Date.now() - startedAt },
        'voice note not transcribed; an assistant will listen to it',
      );
      return { kind: 'unheard', reason: 'failed' };
    }
  };
}
