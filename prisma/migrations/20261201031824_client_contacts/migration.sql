-- CreateEnum
CREATE TYPE "ClientContactType" AS ENUM ('face_to_face', 'phone', 'video', 'text', 'email');

-- CreateEnum
CREATE TYPE "ContactPlace" AS ENUM ('work', 'home', 'community', 'office');

-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "notes" TEXT;

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "endLoggedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Staff" ADD COLUMN     "coverId" INTEGER;

-- CreateTable
CREATE TABLE "ClientContact" (
    "id" SERIAL NOT NULL,
    "clientId" INTEGER NOT NULL,
    "specialistId" INTEGER NOT NULL,
    "metOn" DATE NOT NULL,
    "type" "ClientContactType" NOT NULL,
    "place" "ContactPlace",
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClientContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClientContact_clientId_metOn_idx" ON "ClientContact"("clientId", "metOn");

-- CreateIndex
CREATE INDEX "ClientContact_specialistId_metOn_idx" ON "ClientContact"("specialistId", "metOn");

-- AddForeignKey
ALTER TABLE "Staff" ADD CONSTRAINT "Staff_coverId_fkey" FOREIGN KEY ("coverId") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientContact" ADD CONSTRAINT "ClientContact_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientContact" ADD CONSTRAINT "ClientContact_specialistId_fkey" FOREIGN KEY ("specialistId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: every programme entry so far was a first face-to-face meeting.
INSERT INTO "ClientContact" ("clientId", "specialistId", "metOn", "type")
SELECT c.id, c."specialistId", c."programmeEntryOn", 'face_to_face'
FROM "Client" c
WHERE c."programmeEntryOn" IS NOT NULL AND c."specialistId" IS NOT NULL;
