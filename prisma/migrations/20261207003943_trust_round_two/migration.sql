-- Staff logins are slowed down by delays kept in Redis instead of a lock that refused even the
-- right password: the lock's columns go. The web chat signs its session cookies with a key
-- the server makes once and keeps here, so every process on the database agrees on it.
-- AlterTable
ALTER TABLE "staff_users" DROP COLUMN "failed_logins",
DROP COLUMN "locked_until";

-- CreateTable
CREATE TABLE "app_secrets" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_secrets_pkey" PRIMARY KEY ("name")
);
