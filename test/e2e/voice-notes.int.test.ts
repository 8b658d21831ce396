import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import type { BotReply, EmulatedUser } from '../support/telegram-emulator.js';
import { testPrisma } from '../support/db.js';

// Thursday 10 December 2026, 11:00 in Rome: days ahead of the database's own clock.
const now = new Date('2026-12-10T11:00:00+01:00');
const db = testPrisma();

/** Voice notes, transcribed, on the real Telegram path: read as the words they say. */
describe('voice notes, read as the words they say', () => {
  let chat: DeskChat;
  let openai: FakeOpenAi;
  let notes = 0;

  beforeAll(async () => {
    openai = await startFakeOpenAi();
    chat = await startDeskChat(now, 'slack-secret-voice-notes', 'C0VOICENOTES', {
      RATE_LIMIT_PER_MIN: '1000',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: openai.url,
    });
  });
  afterAll(async () => {
    await chat?.stop();
    await openai?.close();
  });

  async function speak(user: EmulatedUser, words: string): Promise<BotReply> {
    const fileId = `vn-${++notes}-${Date.now()}`;
    openai.setTranscript(words);
    chat.telegram.addFile(fileId, Buffer.from(`OggS note ${notes}`));
    chat.pause();
    await user.sendMessage({
      voice: { file_id: fileId, file_unique_id: fileId, duration: 3, mime_type: 'audio/ogg', file_size: 20 },
    });
    return (await user.waitForReplies(1, 20_000))[0]!;
  }
  const answer = (reply: BotReply) => reply.text.split('\n').slice(1).join('\n');

  it('takes thanks right after a request for thanks, and a photo after it for that request', async () => {
    const { client, user } = await chat.linked('it');
    expect((await chat.say(user, 'chiama il fornitore e chiedi della fattura, ti mando la foto')).text).toMatch(
      /^Ho aperto la richiesta #\d+/,
    );
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    chat.pause();
    await user.sendMessage({
      photo: [{ file_id: `vn-photo-${client.id}`, file_unique_id: 'vn-photo', width: 80, height: 60, file_size: 500 }],
    });
    expect((await user.waitForReplies(1, 20_000))[0]!.text).toBe(
      `Ho allegato il file alla richiesta #${ticket.number}.`,
    );
    expect(answer(await speak(user, 'grazie mille, sei un angelo'))).toBe('Figurati!');
    expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(1);
    expect(await db.attachment.count({ where: { ticketId: ticket.id } })).toBe(1);
  });

  it('moves the reminder just set on "no aspetta", and asks before cancelling what a voice note names', async () => {
    const { client, user } = await chat.linked('it');
    expect(answer(await speak(user, 'ricordami alle sei meno un quarto di chiudere la cassa'))).toBe(
      'Fatto: te lo ricordo oggi alle 17:45: "chiudere la cassa".',
    );
    expect(answer(await speak(user, 'no aspetta, alle sette'))).toBe(
      'Spostato: te lo ricordo oggi alle 19:00: "chiudere la cassa".',
    );
    const asked = await speak(user, 'cancella il promemoria di chiudere la cassa');
    expect(answer(asked)).toBe('Annullo il promemoria «chiudere la cassa», oggi alle 19:00?');
    expect(await db.reminder.count({ where: { clientId: client.id, status: 'active' } })).toBe(1);
    // typed, the same words cancel at once
    await chat.press(user, asked, asked.buttons.flat().find((b) => b.text === 'No')!.data);
    expect((await chat.say(user, 'cancella il promemoria di chiudere la cassa')).text).toBe(
      'Ho annullato il promemoria "chiudere la cassa".',
    );
  });
});
