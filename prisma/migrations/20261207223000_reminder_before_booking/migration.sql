-- The meeting a reminder was set before ("ricordamelo il giorno prima"): when the meeting moves,
-- the reminder follows it. Null for a reminder of its own; a meeting deleted leaves the reminder.
-- AlterTable
ALTER TABLE "reminders" ADD COLUMN "booking_id" UUID;

-- CreateIndex
CREATE INDEX "reminders_booking_id_idx" ON "reminders"("booking_id");

-- AddForeignKey
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE SET NULL ON UPDATE CASCADE;
