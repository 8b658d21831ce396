-- Replies and forwards asked from the chat: the text of each e-mail, replies with no desk ticket, drafts.
ALTER TABLE "mail_messages" ADD COLUMN "text" TEXT;
ALTER TABLE "mail_messages" ADD COLUMN "suggested_reply" TEXT;

ALTER TABLE "mail_replies" ALTER COLUMN "ticket_id" DROP NOT NULL;

CREATE TABLE "mail_drafts" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "conversation_id" UUID NOT NULL,
    "mail_message_id" UUID,
    "candidate_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "instructions" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "mail_drafts_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "mail_drafts_client_id_status_idx" ON "mail_drafts"("client_id", "status");

ALTER TABLE "mail_drafts" ADD CONSTRAINT "mail_drafts_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "mail_drafts" ADD CONSTRAINT "mail_drafts_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;
