import type { Lang } from '../understanding/contract.js';

/**
 * What the desk says about files, Italian first (the agencies' language), English beside it
 * with the same keys. Values interpolated here are escaped by the caller.
 */
const it = {
  notDownloaded: 'file non ancora scaricato',
  clientSent: (client: string, name: string) => `:paperclip: *${client}* ha inviato ${name}`,
  voiceTranscript: (client: string, transcript: string) =>
    `:studio_microphone: Messaggio vocale di *${client}*. Trascrizione: «${transcript}»`,
  voiceToListen: (client: string) =>
    `:studio_microphone: Messaggio vocale di *${client}*, senza trascrizione: ascoltalo qui.`,
  fileTooLarge: (name: string, maxMb: number) => `${name} supera i ${maxMb} MB: non è stato inviato al cliente.`,
  fileNotSent: (name: string, reason: string) =>
    `:warning: ${name} non è arrivato al cliente (${reason}). Rimandalo tra un momento.`,
};

const en: typeof it = {
  notDownloaded: 'file not downloaded yet',
  clientSent: (client, name) => `:paperclip: *${client}* sent ${name}`,
  voiceTranscript: (client, transcript) =>
    `:studio_microphone: Voice message from *${client}*. Transcript: “${transcript}”`,
  voiceToListen: (client) => `:studio_microphone: Voice message from *${client}*, not transcribed: listen to it here.`,
  fileTooLarge: (name, maxMb) => `${name} is over ${maxMb} MB: it was not sent to the client.`,
  fileNotSent: (name, reason) => `:warning: ${name} did not reach the client (${reason}). Send it again in a moment.`,
};

export const deskFileCatalogs: Record<Lang, typeof it> = { it, en };

/** The desk speaks Italian until the agency chooses its language. */
export const deskFileTexts = deskFileCatalogs.it;
