import type { OpenAI } from 'openai';
import { z } from 'zod';
import type { Transcriber } from '../../domain/segreteria/voice.js';
import { createOpenAiClient } from '../../understanding/understand.js';

const transcriptionSchema = z.object({ text: z.string() });

/** Speech to text through the openai SDK, on OpenAI or any compatible server. */
export function createOpenAiTranscriber(options: {
  client: OpenAI | Promise<OpenAI>;
  model: string;
  timeoutMs: number;
}): Transcriber {
  return {
    async transcribe(audio, lang) {
      const { toFile } = await import('openai');
      const file = await toFile(audio.content, audio.fileName, { type: audio.mimeType });
      // No SDK retries: the client is waiting, and an assistant is the fallback.
      const result: unknown = await (
        await options.client
      ).audio.transcriptions.create(
        { file, model: options.model, language: lang },
        { timeout: options.timeoutMs, maxRetries: 0 },
      );
      const parsed = transcriptionSchema.safeParse(result);
      if (!parsed.success) throw new Error('transcription answer has no text');
      return parsed.data.text.trim();
    },
  };
}

/** The transcriber the configuration asks for (the LLM's server and key), or none without a key. */
export function transcriberFromConfig(config: {
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_TRANSCRIBE_MODEL: string;
  OPENAI_TIMEOUT_MS: number;
}): Transcriber | undefined {
  const client = createOpenAiClient(config);
  // Audio takes longer than a chat completion: a few times the LLM's budget.
  return client
    ? createOpenAiTranscriber({
        client,
        model: config.OPENAI_TRANSCRIBE_MODEL,
        timeoutMs: config.OPENAI_TIMEOUT_MS * 4,
      })
    : undefined;
}
