-- The window within which the office is to find a slot for a requested booking ("la prossima sett
-- in tarda mattinata"): its days and, with a part of the day, its hours (HH:MM). The agenda of a
-- period that overlaps it lists the booking as waiting for confirmation.
-- AlterTable
ALTER TABLE "bookings" ADD COLUMN "window_from" DATE,
ADD COLUMN "window_to" DATE,
ADD COLUMN "window_time_from" TEXT,
ADD COLUMN "window_time_to" TEXT;
