-- AlterTable
ALTER TABLE "attachments" ADD COLUMN     "channel" "Channel",
ADD COLUMN     "download_attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sha256" TEXT,
ADD COLUMN     "slack_file_id" TEXT,
ADD COLUMN     "stored_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "attachment_contents" (
    "attachment_id" UUID NOT NULL,
    "content" BYTEA NOT NULL,

    CONSTRAINT "attachment_contents_pkey" PRIMARY KEY ("attachment_id")
);

-- CreateIndex
CREATE INDEX "attachments_stored_at_created_at_idx" ON "attachments"("stored_at", "created_at");

-- AddForeignKey
ALTER TABLE "attachment_contents" ADD CONSTRAINT "attachment_contents_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "attachments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Files received before this migration: their channel is their message's.
UPDATE "attachments" AS a SET "channel" = m."channel" FROM "messages" AS m WHERE a."message_id" = m."id";
