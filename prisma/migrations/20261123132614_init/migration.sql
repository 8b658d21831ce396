-- CreateEnum
CREATE TYPE "Lang" AS ENUM ('it', 'en');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('telegram', 'slack', 'web');

-- CreateEnum
CREATE TYPE "AvailabilityKind" AS ENUM ('available', 'busy', 'dnd');

-- CreateEnum
CREATE TYPE "TaskCategory" AS ENUM ('translation', 'writing', 'social', 'admin', 'email', 'research', 'call', 'booking', 'other');

-- CreateEnum
CREATE TYPE "MessageDirection" AS ENUM ('inbound', 'outbound');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('text', 'voice', 'document', 'photo', 'button');

-- CreateEnum
CREATE TYPE "ReminderStatus" AS ENUM ('active', 'completed', 'cancelled');

-- CreateEnum
CREATE TYPE "OccurrenceStatus" AS ENUM ('pending', 'sent', 'done', 'skipped');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('requested', 'confirmed', 'cancelled', 'done');

-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('open', 'claimed', 'waiting_client', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "TicketEventKind" AS ENUM ('created', 'claimed', 'released', 'reassigned', 'relayed_to_client', 'client_message', 'internal_note', 'asked_client', 'due_changed', 'time_logged', 'attachment_added', 'done', 'reopened', 'cancelled', 'rated', 'nudged', 'sla_breached');

-- CreateEnum
CREATE TYPE "Actor" AS ENUM ('client', 'assistant', 'system');

-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('document', 'photo', 'voice', 'audio', 'video');

-- CreateTable
CREATE TABLE "clients" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "lang" "Lang" NOT NULL DEFAULT 'it',
    "tz" TEXT NOT NULL DEFAULT 'Europe/Rome',
    "quiet_hours_start" TEXT NOT NULL DEFAULT '21:00',
    "quiet_hours_end" TEXT NOT NULL DEFAULT '08:00',
    "working_hours" JSONB NOT NULL DEFAULT '{"mon":[{"start":"09:00","end":"18:00"}],"tue":[{"start":"09:00","end":"18:00"}],"wed":[{"start":"09:00","end":"18:00"}],"thu":[{"start":"09:00","end":"18:00"}],"fri":[{"start":"09:00","end":"18:00"}],"sat":[],"sun":[]}',
    "default_booking_minutes" INTEGER NOT NULL DEFAULT 60,
    "booking_reminder_offsets" INTEGER[] DEFAULT ARRAY[1440, 60]::INTEGER[],
    "morning_briefing_enabled" BOOLEAN NOT NULL DEFAULT false,
    "morning_briefing_time" TEXT NOT NULL DEFAULT '08:00',
    "hours_package_minutes" INTEGER NOT NULL DEFAULT 0,
    "hours_balance_minutes" INTEGER NOT NULL DEFAULT 0,
    "llm_enabled" BOOLEAN NOT NULL DEFAULT true,
    "availability_kind" "AvailabilityKind" NOT NULL DEFAULT 'available',
    "availability_until" TIMESTAMPTZ(3),
    "availability_note" TEXT,
    "calendar_feed_token" TEXT,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "erased_at" TIMESTAMPTZ(3),

    CONSTRAINT "clients_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "channel_identities" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "external_user_id" TEXT NOT NULL,
    "chat_id" TEXT NOT NULL,
    "display_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "channel_identities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invites" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "client_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "used_by_identity_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invites_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assistants" (
    "id" UUID NOT NULL,
    "slack_user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "skills" "TaskCategory"[] DEFAULT ARRAY[]::"TaskCategory"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assistants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conversations" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "pending_clarification" JSONB,
    "pending_expires_at" TIMESTAMPTZ(3),
    "consecutive_misses" INTEGER NOT NULL DEFAULT 0,
    "last_inbound_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "conversations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "messages" (
    "id" UUID NOT NULL,
    "conversation_id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "direction" "MessageDirection" NOT NULL,
    "channel" "Channel" NOT NULL,
    "body" TEXT,
    "kind" "MessageKind" NOT NULL DEFAULT 'text',
    "idempotency_key" TEXT,
    "external_message_id" TEXT,
    "ticket_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminders" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "first_due_at" TIMESTAMPTZ(3) NOT NULL,
    "rrule" TEXT,
    "tz" TEXT NOT NULL,
    "status" "ReminderStatus" NOT NULL DEFAULT 'active',
    "next_occurrence_at" TIMESTAMPTZ(3),
    "explicit_time" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reminders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminder_occurrences" (
    "id" UUID NOT NULL,
    "reminder_id" UUID NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "OccurrenceStatus" NOT NULL DEFAULT 'pending',
    "sent_at" TIMESTAMPTZ(3),
    "delivered_late" BOOLEAN NOT NULL DEFAULT false,
    "snoozed_from_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminder_occurrences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bookings" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "day" DATE,
    "title" TEXT NOT NULL,
    "with_whom" TEXT,
    "location" TEXT,
    "status" "BookingStatus" NOT NULL DEFAULT 'requested',
    "ticket_id" UUID,
    "ics_sequence" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "bookings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tickets" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "client_id" UUID NOT NULL,
    "summary" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "category" "TaskCategory" NOT NULL,
    "due" DATE,
    "due_at" TIMESTAMPTZ(3),
    "status" "TicketStatus" NOT NULL DEFAULT 'open',
    "assignee_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimed_at" TIMESTAMPTZ(3),
    "first_response_at" TIMESTAMPTZ(3),
    "waiting_since" TIMESTAMPTZ(3),
    "done_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "outcome_note" TEXT,
    "rating" INTEGER,
    "rated_at" TIMESTAMPTZ(3),
    "slack_channel" TEXT,
    "slack_ts" TEXT,
    "source_message_id" UUID,

    CONSTRAINT "tickets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket_events" (
    "id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "kind" "TicketEventKind" NOT NULL,
    "actor" "Actor" NOT NULL,
    "assistant_id" UUID,
    "data" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ticket_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachments" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "ticket_id" UUID,
    "message_id" UUID,
    "kind" "AttachmentKind" NOT NULL,
    "file_name" TEXT,
    "mime_type" TEXT,
    "size_bytes" INTEGER,
    "channel_file_id" TEXT,
    "storage_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "time_entries" (
    "id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "assistant_id" UUID NOT NULL,
    "minutes" INTEGER NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "time_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "clients_calendar_feed_token_key" ON "clients"("calendar_feed_token");

-- CreateIndex
CREATE INDEX "channel_identities_client_id_idx" ON "channel_identities"("client_id");

-- CreateIndex
CREATE UNIQUE INDEX "channel_identities_channel_external_user_id_key" ON "channel_identities"("channel", "external_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "invites_code_key" ON "invites"("code");

-- CreateIndex
CREATE INDEX "invites_client_id_idx" ON "invites"("client_id");

-- CreateIndex
CREATE UNIQUE INDEX "assistants_slack_user_id_key" ON "assistants"("slack_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "conversations_client_id_channel_key" ON "conversations"("client_id", "channel");

-- CreateIndex
CREATE INDEX "messages_client_id_created_at_idx" ON "messages"("client_id", "created_at");

-- CreateIndex
CREATE INDEX "messages_ticket_id_created_at_idx" ON "messages"("ticket_id", "created_at");

-- CreateIndex
CREATE INDEX "messages_conversation_id_external_message_id_idx" ON "messages"("conversation_id", "external_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "messages_channel_idempotency_key_key" ON "messages"("channel", "idempotency_key");

-- CreateIndex
CREATE INDEX "reminders_client_id_status_idx" ON "reminders"("client_id", "status");

-- CreateIndex
CREATE INDEX "reminders_status_next_occurrence_at_idx" ON "reminders"("status", "next_occurrence_at");

-- CreateIndex
CREATE INDEX "reminder_occurrences_status_due_at_idx" ON "reminder_occurrences"("status", "due_at");

-- CreateIndex
CREATE UNIQUE INDEX "reminder_occurrences_reminder_id_due_at_key" ON "reminder_occurrences"("reminder_id", "due_at");

-- CreateIndex
CREATE INDEX "bookings_client_id_starts_at_idx" ON "bookings"("client_id", "starts_at");

-- CreateIndex
CREATE INDEX "bookings_client_id_day_idx" ON "bookings"("client_id", "day");

-- CreateIndex
CREATE INDEX "bookings_ticket_id_idx" ON "bookings"("ticket_id");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_number_key" ON "tickets"("number");

-- CreateIndex
CREATE INDEX "tickets_status_created_at_idx" ON "tickets"("status", "created_at");

-- CreateIndex
CREATE INDEX "tickets_assignee_id_status_idx" ON "tickets"("assignee_id", "status");

-- CreateIndex
CREATE INDEX "tickets_client_id_created_at_idx" ON "tickets"("client_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_slack_channel_slack_ts_key" ON "tickets"("slack_channel", "slack_ts");

-- CreateIndex
CREATE INDEX "ticket_events_ticket_id_created_at_idx" ON "ticket_events"("ticket_id", "created_at");

-- CreateIndex
CREATE INDEX "attachments_ticket_id_idx" ON "attachments"("ticket_id");

-- CreateIndex
CREATE INDEX "attachments_message_id_idx" ON "attachments"("message_id");

-- CreateIndex
CREATE INDEX "attachments_client_id_created_at_idx" ON "attachments"("client_id", "created_at");

-- CreateIndex
CREATE INDEX "time_entries_ticket_id_idx" ON "time_entries"("ticket_id");

-- CreateIndex
CREATE INDEX "time_entries_assistant_id_created_at_idx" ON "time_entries"("assistant_id", "created_at");

-- AddForeignKey
ALTER TABLE "channel_identities" ADD CONSTRAINT "channel_identities_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invites" ADD CONSTRAINT "invites_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invites" ADD CONSTRAINT "invites_used_by_identity_id_fkey" FOREIGN KEY ("used_by_identity_id") REFERENCES "channel_identities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_occurrences" ADD CONSTRAINT "reminder_occurrences_reminder_id_fkey" FOREIGN KEY ("reminder_id") REFERENCES "reminders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_occurrences" ADD CONSTRAINT "reminder_occurrences_snoozed_from_id_fkey" FOREIGN KEY ("snoozed_from_id") REFERENCES "reminder_occurrences"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "assistants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_source_message_id_fkey" FOREIGN KEY ("source_message_id") REFERENCES "messages"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_assistant_id_fkey" FOREIGN KEY ("assistant_id") REFERENCES "assistants"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_assistant_id_fkey" FOREIGN KEY ("assistant_id") REFERENCES "assistants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written below: rules prisma/schema.prisma cannot express. Prisma's diff ignores CHECK
-- and EXCLUDE constraints and extensions, so later generated migrations leave them in place.
-- A migration that changes the type of a column named here (Prisma recreates an enum when a
-- value is removed) must drop and re-add the constraint itself.

-- Ticket numbers are what people see ("#1001"): they start at 1001.
ALTER SEQUENCE "tickets_number_seq" START WITH 1001 RESTART;

-- Two confirmed timed bookings of one client never overlap; back-to-back is fine ([start, end)).
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE "bookings"
  ADD CONSTRAINT "bookings_ends_after_starts_check" CHECK ("ends_at" > "starts_at"),
  -- Timed (starts_at and ends_at) or date-only (day); only a requested booking may have neither yet.
  ADD CONSTRAINT "bookings_when_check" CHECK (
    ("starts_at" IS NULL) = ("ends_at" IS NULL)
    AND ("starts_at" IS NULL OR "day" IS NULL)
    AND ("status" = 'requested' OR "starts_at" IS NOT NULL OR "day" IS NOT NULL)
  ),
  ADD CONSTRAINT "bookings_ics_sequence_check" CHECK ("ics_sequence" >= 0),
  ADD CONSTRAINT "bookings_no_overlap" EXCLUDE USING gist ("client_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
    WHERE ("status" = 'confirmed' AND "starts_at" IS NOT NULL);

ALTER TABLE "tickets"
  ADD CONSTRAINT "tickets_rating_check" CHECK ("rating" BETWEEN 1 AND 5),
  ADD CONSTRAINT "tickets_assignee_check" CHECK ("status" NOT IN ('claimed', 'waiting_client') OR "assignee_id" IS NOT NULL);

ALTER TABLE "time_entries"
  ADD CONSTRAINT "time_entries_minutes_check" CHECK ("minutes" > 0);

ALTER TABLE "clients"
  ADD CONSTRAINT "clients_quiet_hours_start_check" CHECK ("quiet_hours_start" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  ADD CONSTRAINT "clients_quiet_hours_end_check" CHECK ("quiet_hours_end" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  ADD CONSTRAINT "clients_morning_briefing_time_check" CHECK ("morning_briefing_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  ADD CONSTRAINT "clients_working_hours_check" CHECK (jsonb_typeof("working_hours") = 'object'),
  ADD CONSTRAINT "clients_default_booking_minutes_check" CHECK ("default_booking_minutes" > 0),
  ADD CONSTRAINT "clients_booking_reminder_offsets_check" CHECK (0 <= ALL ("booking_reminder_offsets")),
  ADD CONSTRAINT "clients_hours_package_minutes_check" CHECK ("hours_package_minutes" >= 0);

ALTER TABLE "conversations"
  ADD CONSTRAINT "conversations_consecutive_misses_check" CHECK ("consecutive_misses" >= 0);

ALTER TABLE "attachments"
  ADD CONSTRAINT "attachments_size_bytes_check" CHECK ("size_bytes" >= 0),
  -- The bytes are somewhere: on the channel (file id) or in local storage.
  ADD CONSTRAINT "attachments_location_check" CHECK ("channel_file_id" IS NOT NULL OR "storage_key" IS NOT NULL);
