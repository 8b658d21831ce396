-- The hash of each ticket's desk card as last drawn: a redraw that would change nothing is skipped.
-- AlterTable
ALTER TABLE "tickets" ADD COLUMN "slack_card_hash" TEXT;
