-- AlterTable
ALTER TABLE "bookings" ADD COLUMN     "overlap_chosen_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "slot_offers" (
    "client_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT,
    "with_whom" TEXT,
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "booking_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "slot_offers_pkey" PRIMARY KEY ("client_id","key")
);

-- CreateIndex
CREATE INDEX "slot_offers_expires_at_idx" ON "slot_offers"("expires_at");

-- AddForeignKey
ALTER TABLE "slot_offers" ADD CONSTRAINT "slot_offers_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: an overlap someone chose. A confirmed timed booking with overlap_chosen_at set
-- may overlap others (the client said "segna comunque", or the desk ticked the override); every
-- other confirmed timed booking still overlaps nothing, chosen or not:
--  * pairs of unchosen bookings: the exclusion constraint, now limited to them;
--  * an unchosen booking against a chosen one: the trigger below. It takes a per-client
--    transaction lock before looking, and so does every confirmed timed write, so two concurrent
--    writes of one client's agenda are serialized and the later one sees the earlier one.
-- It raises 23P01 like the constraint, so callers handle one failure.
ALTER TABLE "bookings" DROP CONSTRAINT "bookings_no_overlap";
ALTER TABLE "bookings"
  ADD CONSTRAINT "bookings_no_overlap" EXCLUDE USING gist ("client_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
    WHERE ("status" = 'confirmed' AND "starts_at" IS NOT NULL AND "overlap_chosen_at" IS NULL);

CREATE FUNCTION "bookings_overlap_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- a row the CHECK constraints refuse (no end, or an end before its start) is left to them
  IF NEW."status" <> 'confirmed' OR NEW."starts_at" IS NULL OR NEW."ends_at" IS NULL
     OR NEW."ends_at" <= NEW."starts_at" THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('bookings:' || NEW."client_id"::text, 0));
  IF NEW."overlap_chosen_at" IS NULL AND EXISTS (
    SELECT 1 FROM "bookings" AS other
    WHERE other."client_id" = NEW."client_id"
      AND other."id" <> NEW."id"
      AND other."status" = 'confirmed'
      AND other."starts_at" IS NOT NULL
      AND other."overlap_chosen_at" IS NOT NULL
      AND tstzrange(other."starts_at", other."ends_at") && tstzrange(NEW."starts_at", NEW."ends_at")
  ) THEN
    RAISE EXCEPTION 'booking overlaps a booking kept despite its overlap'
      USING ERRCODE = '23P01', CONSTRAINT = 'bookings_no_overlap';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "bookings_overlap_guard"
  BEFORE INSERT OR UPDATE OF "status", "starts_at", "ends_at", "overlap_chosen_at" ON "bookings"
  FOR EACH ROW EXECUTE FUNCTION "bookings_overlap_guard"();
