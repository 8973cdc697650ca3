-- The platform is a name, not a list the database keeps: a new platform is a
-- folder under adapters/ and a line in the composition root. Converted in place
-- (never dropped), so existing rows keep their platform.
ALTER TABLE "AuditEvent" ALTER COLUMN "platform" TYPE TEXT USING "platform"::text;
ALTER TABLE "ChannelBinding" ALTER COLUMN "platform" TYPE TEXT USING "platform"::text;
ALTER TABLE "PlatformConversation" ALTER COLUMN "platform" TYPE TEXT USING "platform"::text;
ALTER TABLE "StaffIdentity" ALTER COLUMN "platform" TYPE TEXT USING "platform"::text;

-- DropEnum
DROP TYPE "Platform";

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "title" TEXT,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppSecret" (
    "name" TEXT NOT NULL,
    "value" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppSecret_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "StoredFile_expiresAt_idx" ON "StoredFile"("expiresAt");
