import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import { testPrisma } from '../support/db.js';

// Monday 7 December 2026, 10:00 in Rome; each message comes 20 s after the one before.
const now = new Date('2026-12-07T10:00:00+01:00');
const DESK = 'C0STATUS';
const db = testPrisma();

/**
 * "A che punto è?" while an assistant works a request: the answer quotes the last exchange as the
 * client read it, without the signature line, and says whose turn it is.
 */
describe('how a request is going, asked while Giulia works it (Telegram client, Slack desk)', () => {
  let chat: DeskChat;

  beforeAll(async () => {
    chat = await startDeskChat(now, 'slack-signing-secret-status', DESK);
  });
  afterAll(async () => {
    await chat?.stop();
  });

  it('quotes what Giulia asked and waits on the client; once answered, it is her turn', async () => {
    const { client, user } = await chat.linked('it');
    await chat.say(user, 'mi serve la traduzione in inglese della procura speciale entro venerdì');
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    const ts = await chat.cardOf(ticket.id);
    await chat.giuliaAsks(user, ticket, ts, 'Ha la procura firmata in PDF?');

    const asked = await chat.say(user, 'a che punto è la mia richiesta?');
    expect(asked.text).toMatch(
      new RegExp(
        `^#${ticket.number} «.*procura speciale.*»: se ne occupa Giulia\\.\\n` +
          'Giulia ti ha scritto alle 10:00: «Ha la procura firmata in PDF\\?» — aspetta una tua risposta\\.',
      ),
    );
    expect(asked.text).not.toContain('— Giulia, richiesta');
    // keys hit by mistake reach nobody: the bot says it did not understand
    expect((await chat.say(user, 'asdf qwer')).text).toMatch(/^Scusa, non ho capito\./);
    expect(await db.message.count({ where: { ticketId: ticket.id, body: 'asdf qwer' } })).toBe(0);
    // letters of one row that are no run of it, and no word either
    expect((await chat.say(user, 'lkjdsh ewq')).text).toMatch(/^Scusa, non ho capito\./);
    expect(await db.message.count({ where: { ticketId: ticket.id, body: 'lkjdsh ewq' } })).toBe(0);

    await chat.say(user, 'sì, te la mando stasera');
    const answered = await chat.say(user, 'novità sulla traduzione?');
    expect(answered.text).toContain(
      'Giulia ti ha scritto alle 10:00: «Ha la procura firmata in PDF?»\nHai risposto alle 10:01; ora tocca a Giulia.',
    );
  });

  it('moves an office booking with "anzi sabato", asks before cancelling it by words, and asks where an addendum goes', async () => {
    const { client, user } = await chat.linked('it');
    await chat.say(user, 'mi serve un post per instagram sui saldi');
    const post = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    await chat.giuliaAsks(user, post, await chat.cardOf(post.id), 'Ha delle foto dei prodotti?');
    expect((await chat.say(user, 'si ti mando le foto')).text).toBe(`✓ Girato a Giulia (richiesta #${post.number}).`);

    expect((await chat.say(user, 'prenotami il parrucchiere venerdì alle 18')).text).toMatch(
      /^Chiedo all'ufficio di prenotare: parrucchiere, venerdì 11 dicembre alle 18:00\./,
    );
    // the correction is about the booking just asked for, not an answer to Giulia
    expect((await chat.say(user, 'anzi sabato')).text).toMatch(
      /^Spostato: parrucchiere, sabato 12 dicembre alle 18:00/,
    );
    const booking = await db.booking.findFirstOrThrow({ where: { clientId: client.id } });
    expect(booking.startsAt).toEqual(new Date('2026-12-12T18:00:00+01:00'));
    // a day named once in the agenda's first line is not named again under it
    expect((await chat.say(user, 'cosa ho sabato?')).text).toMatch(
      /^La tua agenda per sabato 12 dicembre:\n• 18:00 parrucchiere \(da confermare\)\n\nRichieste aperte:/,
    );
    const cancel = await chat.say(user, 'annulla il parrucchiere');
    expect(cancel.text).toBe('Annullo «parrucchiere», sabato 12 dicembre alle 18:00?');
    expect((await chat.press(user, cancel, cancel.buttons[0]![1]!.data)).text).toBe('Va bene, non annullo niente.');
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe('requested');

    // an order the bot cannot take, while Giulia works the post: asked once where it goes
    const where = await chat.say(user, 'e metti anche lo sconto del 30%');
    expect(where.text).toBe('È per la richiesta in corso o è una nuova richiesta?');
    expect((await chat.press(user, where, where.buttons[0]![0]!.data)).text).toBe(
      `✓ Girato a Giulia (richiesta #${post.number}).`,
    );
    expect((await chat.say(user, 'novità?')).text).toContain(`#${post.number} «un post per instagram sui saldi»`);
  });

  it("takes a full answer to Giulia's question as hers, keeps a hearing on its day when only the time moves", async () => {
    const { client, user } = await chat.linked('it');
    await chat.say(user, 'venerdì ho udienza alle 9:30 in tribunale');
    await chat.say(user, 'mi scrivi una mail di sollecito al cliente Verdi per la fattura 112?');
    const mail = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    await chat.giuliaAsks(
      user,
      mail,
      await chat.cardOf(mail.id),
      'Tono cortese o deciso? E la scadenza della fattura?',
    );
    // words that order nothing, right after her question, answer it: no "which request?" button
    expect((await chat.say(user, 'deciso, era scaduta il 15 novembre')).text).toBe(
      `✓ Girato a Giulia (richiesta #${mail.number}).`,
    );
    expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(1);

    expect((await chat.say(user, "sposta l'udienza alle 10")).text).toMatch(
      /^Spostato: udienza in tribunale, venerdì 11 dicembre alle 10:00/,
    );
    expect((await chat.say(user, 'a che punto sono?')).text).toMatch(
      new RegExp(`^#${mail.number} «.*Verdi.*»: se ne occupa Giulia\\.`),
    );
  });

  it('says the same in English', async () => {
    const { client, user } = await chat.linked('en');
    await chat.say(user, 'please translate the lease agreement into Italian by Friday');
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    const ts = await chat.cardOf(ticket.id);
    await chat.giuliaAsks(user, ticket, ts, 'Do you need it certified?');
    const asked = await chat.say(user, 'any update on my request?');
    expect(asked.text).toContain('Giulia wrote to you at 10:0');
    expect(asked.text).toContain(': "Do you need it certified?" — waiting for your answer.');
  });
});
