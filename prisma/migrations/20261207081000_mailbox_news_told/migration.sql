-- Up to when the client was told what came into their mailbox ("cosa c'è di nuovo nella posta?").
-- AlterTable
ALTER TABLE "mailboxes" ADD COLUMN "news_told_at" TIMESTAMPTZ(3);
