import { describe, expect, it } from 'vitest';
import { runAdmin as admin } from '../../test/support/cli.js';
import {
  createTestAssistant,
  createTestClient,
  createTestTicket,
  testPrisma,
  uniqueTag,
} from '../../test/support/db.js';
import { createStaff, STAFF_PASSWORD } from '../../test/support/staff.js';
import { staffAssistant } from '../web/admin/desk/identity.js';

describe('npm run admin -- assistant', () => {
  it('adds an assistant of the desk with skills, then deactivates them', async () => {
    const slackUser = `U${uniqueTag().toUpperCase()}`;
    const added = await admin([
      'assistant',
      '--slack-user',
      slackUser,
      '--name',
      'Giulia Bianchi',
      '--skills',
      'translation,writing',
    ]);
    expect(added).toMatchObject({
      code: 0,
      out: `Assistant Giulia Bianchi (${slackUser}) added: active, skills: translation, writing.`,
    });
    const off = await admin(['assistant', '--slack-user', slackUser, '--active', 'no']);
    expect(off.code).toBe(0);
    expect(await testPrisma().assistant.findUniqueOrThrow({ where: { slackUserId: slackUser } })).toMatchObject({
      name: 'Giulia Bianchi',
      active: false,
      skills: ['translation', 'writing'],
    });
  }, 60_000);

  it('names what is wrong in one line', async () => {
    const bad = await admin(['assistant', '--slack-user', 'U0BAD1', '--name', 'X', '--skills', 'cooking']);
    expect(bad.code).toBe(1);
    expect(bad.out).toBe(
      'admin: --skills takes a comma-separated list of: translation, writing, social, admin, email, research, call, booking, other',
    );
  }, 60_000);
});

describe('npm run admin -- assistant --staff: a browser-only assistant joins Slack', () => {
  const db = testPrisma();
  const slackId = () => `U${uniqueTag().toUpperCase()}`;

  /** A back-office account that worked a ticket in the browser: its own assistant holds it. */
  async function browserAssistantWithTicket(name: string) {
    const account = await createStaff('assistant', STAFF_PASSWORD, db);
    const staff = await db.staffUser.update({ where: { id: account.id }, data: { name } });
    const own = await staffAssistant(db, { ...staff, assistantId: null });
    const client = await createTestClient(db);
    const ticket = await createTestTicket(db, client.id, {
      status: 'claimed',
      assigneeId: own.id,
      claimedAt: new Date(),
    });
    await db.timeEntry.create({ data: { ticketId: ticket.id, assistantId: own.id, minutes: 20 } });
    return { staff, own, ticket };
  }

  it("gives the account's own assistant the Slack id, so Slack knows the tickets it holds", async () => {
    const { staff, own, ticket } = await browserAssistantWithTicket('Giulia Bianchi');
    const slackUser = slackId();
    const run = await admin([
      'assistant',
      '--staff',
      staff.email,
      '--slack-user',
      slackUser,
      '--skills',
      'translation',
    ]);
    expect(run).toMatchObject({ code: 0 });
    expect(run.out).toContain(
      `Account ${staff.email} keeps its assistant, which now has the Slack id: Giulia Bianchi (${slackUser}).`,
    );
    expect(run.out).toContain(`Assistant Giulia Bianchi (${slackUser}) updated: active, skills: translation.`);
    // the Slack desk's guard finds the person by Slack id: the ticket is theirs there too
    const held = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { assignee: true } });
    expect(held.assignee).toMatchObject({ id: own.id, slackUserId: slackUser });
  }, 60_000);

  it('folds the browser assistant into the Slack one that exists: tickets and time follow', async () => {
    const { staff, own, ticket } = await browserAssistantWithTicket('Marco Neri');
    const slack = await createTestAssistant(db, { name: 'Marco Neri', slackUserId: slackId() });
    const run = await admin(['assistant', '--staff', staff.email, '--slack-user', slack.slackUserId!]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      'merged its browser assistant (tickets, time, history) into the Slack assistant Marco Neri',
    );
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ assigneeId: slack.id });
    expect(await db.timeEntry.findMany({ where: { ticketId: ticket.id }, select: { assistantId: true } })).toEqual([
      { assistantId: slack.id },
    ]);
    expect(await db.assistant.findUnique({ where: { id: own.id } })).toBeNull();
    expect(await db.staffUser.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({ assistantId: slack.id });
    // the account now acts as the Slack assistant in the browser
    expect((await staffAssistant(db, { ...staff, assistantId: slack.id })).id).toBe(slack.id);
  }, 60_000);

  it('refuses a Slack assistant already linked to another account, and changes nothing', async () => {
    const first = await browserAssistantWithTicket('Anna Verdi');
    const slackUser = slackId();
    expect((await admin(['assistant', '--staff', first.staff.email, '--slack-user', slackUser])).code).toBe(0);
    const other = await createStaff('assistant', STAFF_PASSWORD, db);
    const refused = await admin(['assistant', '--staff', other.email, '--slack-user', slackUser]);
    expect(refused).toMatchObject({
      code: 1,
      out: `admin: Slack member ${slackUser} is already the assistant of another back-office account`,
    });
    expect(await db.staffUser.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ assistantId: null });
  }, 60_000);
});
