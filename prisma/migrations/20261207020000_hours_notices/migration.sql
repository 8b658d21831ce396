-- The client and the desk are told once when a package has 20% left and once when it is used up:
-- the last notice given is kept on the client. Clients already past a threshold count as told,
-- so nobody hears of a crossing that happened before this column existed.
-- CreateEnum
CREATE TYPE "HoursNotice" AS ENUM ('low', 'used_up');

-- AlterTable
ALTER TABLE "clients" ADD COLUMN "hours_notice" "HoursNotice";

UPDATE "clients" SET "hours_notice" = CASE
    WHEN "hours_balance_minutes" <= 0 THEN 'used_up'::"HoursNotice"
    ELSE 'low'::"HoursNotice"
  END
WHERE "hours_package_minutes" > 0 AND "hours_balance_minutes" * 5 <= "hours_package_minutes";
