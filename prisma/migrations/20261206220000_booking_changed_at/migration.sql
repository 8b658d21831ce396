-- A booking's last change is recorded from the application's clock, not stamped by Prisma from
-- the wall clock: the domain compares it with instants that all come from the injected clock.
ALTER TABLE "bookings" RENAME COLUMN "updated_at" TO "changed_at";
