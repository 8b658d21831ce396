-- When the client and the desk were told that the mailbox fails (once per failing stretch; a success clears it).
-- AlterTable
ALTER TABLE "mailboxes" ADD COLUMN "failure_told_at" TIMESTAMPTZ(3);
