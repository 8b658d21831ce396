-- AlterTable
ALTER TABLE "assistants" ALTER COLUMN "slack_user_id" DROP NOT NULL;
