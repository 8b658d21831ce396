-- The client's mailbox (issue 21): credentials sealed under MAILBOX_KEY, what the watcher has read
-- (UIDVALIDITY, last UID), one row per Message-ID read, and the replies the desk sent.
-- CreateEnum
CREATE TYPE "TakenMessageSource" AS ENUM ('call', 'email');

-- CreateEnum
CREATE TYPE "MailTls" AS ENUM ('tls', 'starttls', 'none');

-- CreateEnum
CREATE TYPE "MailAuth" AS ENUM ('password', 'xoauth2');

-- CreateEnum
CREATE TYPE "MailTriage" AS ENUM ('ignored', 'notified', 'ticket', 'counted');

-- AlterTable
ALTER TABLE "taken_messages" ADD COLUMN     "source" "TakenMessageSource" NOT NULL DEFAULT 'call';

-- CreateTable
CREATE TABLE "mailboxes" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "imap_host" TEXT NOT NULL,
    "imap_port" INTEGER NOT NULL,
    "smtp_host" TEXT NOT NULL,
    "smtp_port" INTEGER NOT NULL,
    "tls" "MailTls" NOT NULL,
    "user" TEXT NOT NULL,
    "auth" "MailAuth" NOT NULL DEFAULT 'password',
    "secret" TEXT NOT NULL,
    "from_address" TEXT,
    "vip_senders" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sent_folder" TEXT,
    "uid_validity" BIGINT,
    "last_uid" BIGINT NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "failing_since" TIMESTAMPTZ(3),
    "last_seen_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mailboxes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_messages" (
    "id" UUID NOT NULL,
    "mailbox_id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "message_id" TEXT NOT NULL,
    "uid_validity" BIGINT NOT NULL,
    "uid" BIGINT NOT NULL,
    "from_address" TEXT,
    "from_name" TEXT,
    "subject" TEXT,
    "references" TEXT,
    "triage" "MailTriage" NOT NULL,
    "reason" TEXT NOT NULL,
    "ticket_id" UUID,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mail_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_replies" (
    "id" UUID NOT NULL,
    "mailbox_id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "to_address" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ(3),
    "saved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mail_replies_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "mailboxes_client_id_key" ON "mailboxes"("client_id");

-- CreateIndex
CREATE INDEX "mail_messages_ticket_id_idx" ON "mail_messages"("ticket_id");

-- CreateIndex
CREATE INDEX "mail_messages_client_id_triage_created_at_idx" ON "mail_messages"("client_id", "triage", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "mail_messages_mailbox_id_message_id_key" ON "mail_messages"("mailbox_id", "message_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_replies_idempotency_key_key" ON "mail_replies"("idempotency_key");

-- CreateIndex
CREATE INDEX "mail_replies_ticket_id_idx" ON "mail_replies"("ticket_id");

-- AddForeignKey
ALTER TABLE "mailboxes" ADD CONSTRAINT "mailboxes_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_mailbox_id_fkey" FOREIGN KEY ("mailbox_id") REFERENCES "mailboxes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_replies" ADD CONSTRAINT "mail_replies_mailbox_id_fkey" FOREIGN KEY ("mailbox_id") REFERENCES "mailboxes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_replies" ADD CONSTRAINT "mail_replies_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterEnum
ALTER TYPE "TicketEventKind" ADD VALUE 'mail_sent';
