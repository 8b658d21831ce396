-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('admin', 'assistant');

-- CreateEnum
CREATE TYPE "TakenMessageStatus" AS ENUM ('held', 'delivered');

-- CreateEnum
CREATE TYPE "CallbackChoice" AS ENUM ('client', 'office');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TicketEventKind" ADD VALUE 'booking_confirmed';
ALTER TYPE "TicketEventKind" ADD VALUE 'booking_proposed';
ALTER TYPE "TicketEventKind" ADD VALUE 'booking_proposal_accepted';
ALTER TYPE "TicketEventKind" ADD VALUE 'booking_proposal_declined';
ALTER TYPE "TicketEventKind" ADD VALUE 'booking_changed';

-- AlterTable
ALTER TABLE "bookings" ADD COLUMN     "proposed_ends_at" TIMESTAMPTZ(3),
ADD COLUMN     "proposed_location" TEXT,
ADD COLUMN     "proposed_starts_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "staff_users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL DEFAULT 'assistant',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "assistant_id" UUID,
    "failed_logins" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_sessions" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "csrf_token" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "taken_messages" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "caller_name" TEXT,
    "caller_phone" TEXT,
    "body" TEXT,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "status" "TakenMessageStatus" NOT NULL DEFAULT 'held',
    "taken_by_assistant_id" UUID,
    "taken_by_user_id" UUID,
    "delivered_at" TIMESTAMPTZ(3),
    "in_digest" BOOLEAN NOT NULL DEFAULT false,
    "callback_choice" "CallbackChoice",
    "callback_at" TIMESTAMPTZ(3),
    "callback_ticket_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "taken_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "morning_briefings" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "sent" BOOLEAN NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "morning_briefings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "staff_users_email_key" ON "staff_users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "staff_users_assistant_id_key" ON "staff_users"("assistant_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_sessions_token_hash_key" ON "staff_sessions"("token_hash");

-- CreateIndex
CREATE INDEX "staff_sessions_user_id_idx" ON "staff_sessions"("user_id");

-- CreateIndex
CREATE INDEX "staff_sessions_expires_at_idx" ON "staff_sessions"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "taken_messages_callback_ticket_id_key" ON "taken_messages"("callback_ticket_id");

-- CreateIndex
CREATE INDEX "taken_messages_client_id_status_idx" ON "taken_messages"("client_id", "status");

-- CreateIndex
CREATE INDEX "taken_messages_status_created_at_idx" ON "taken_messages"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "morning_briefings_client_id_day_key" ON "morning_briefings"("client_id", "day");

-- AddForeignKey
ALTER TABLE "staff_users" ADD CONSTRAINT "staff_users_assistant_id_fkey" FOREIGN KEY ("assistant_id") REFERENCES "assistants"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_sessions" ADD CONSTRAINT "staff_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taken_messages" ADD CONSTRAINT "taken_messages_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taken_messages" ADD CONSTRAINT "taken_messages_taken_by_assistant_id_fkey" FOREIGN KEY ("taken_by_assistant_id") REFERENCES "assistants"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taken_messages" ADD CONSTRAINT "taken_messages_taken_by_user_id_fkey" FOREIGN KEY ("taken_by_user_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taken_messages" ADD CONSTRAINT "taken_messages_callback_ticket_id_fkey" FOREIGN KEY ("callback_ticket_id") REFERENCES "tickets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "morning_briefings" ADD CONSTRAINT "morning_briefings_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a desk proposal is a real interval, and a delivered message says when.
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_proposal_interval_check"
  CHECK ((proposed_starts_at IS NULL AND proposed_ends_at IS NULL) OR (proposed_starts_at IS NOT NULL AND proposed_ends_at > proposed_starts_at));
ALTER TABLE "taken_messages" ADD CONSTRAINT "taken_messages_delivered_check"
  CHECK (status <> 'delivered' OR delivered_at IS NOT NULL);
