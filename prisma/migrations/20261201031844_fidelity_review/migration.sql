-- CreateEnum
CREATE TYPE "ClientEvidenceKind" AS ENUM ('benefits_offered', 'benefits_done', 'disclosure', 'profile_update', 'plan_update');

-- CreateEnum
CREATE TYPE "SupervisionKind" AS ENUM ('group', 'field');

-- CreateEnum
CREATE TYPE "MeetingNoteKind" AS ENUM ('idea', 'learning');

-- CreateTable
CREATE TABLE "ClientEvidence" (
    "id" SERIAL NOT NULL,
    "clientId" INTEGER NOT NULL,
    "kind" "ClientEvidenceKind" NOT NULL,
    "on" DATE NOT NULL,
    "topics" TEXT[],
    "recordedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClientEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionSession" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "kind" "SupervisionKind" NOT NULL,
    "on" DATE NOT NULL,
    "specialistId" INTEGER,
    "recordedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MdtAttendance" (
    "id" SERIAL NOT NULL,
    "clinicalTeamId" INTEGER NOT NULL,
    "staffId" INTEGER NOT NULL,
    "on" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MdtAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FidelityReview" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "quarter" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FidelityReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FidelityItemScore" (
    "id" SERIAL NOT NULL,
    "reviewId" INTEGER NOT NULL,
    "item" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "draftScore" INTEGER,
    "rule" TEXT,
    "evidence" TEXT,
    "note" TEXT,
    "scoredById" INTEGER NOT NULL,
    "scoredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FidelityItemScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FidelityAction" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "item" INTEGER NOT NULL,
    "what" TEXT NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "dueOn" DATE NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneOn" DATE,
    "outcome" TEXT,

    CONSTRAINT "FidelityAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingNote" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "kind" "MeetingNoteKind" NOT NULL,
    "text" TEXT NOT NULL,
    "on" DATE NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitTarget" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "measure" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "per" TEXT NOT NULL,
    "setById" INTEGER NOT NULL,
    "setOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClientEvidence_clientId_kind_on_idx" ON "ClientEvidence"("clientId", "kind", "on");

-- CreateIndex
CREATE INDEX "SupervisionSession_unitId_on_idx" ON "SupervisionSession"("unitId", "on");

-- CreateIndex
CREATE INDEX "MdtAttendance_clinicalTeamId_on_idx" ON "MdtAttendance"("clinicalTeamId", "on");

-- CreateIndex
CREATE UNIQUE INDEX "FidelityReview_unitId_quarter_key" ON "FidelityReview"("unitId", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "FidelityItemScore_reviewId_item_key" ON "FidelityItemScore"("reviewId", "item");

-- CreateIndex
CREATE INDEX "FidelityAction_unitId_doneOn_idx" ON "FidelityAction"("unitId", "doneOn");

-- CreateIndex
CREATE INDEX "FidelityAction_ownerId_dueOn_idx" ON "FidelityAction"("ownerId", "dueOn");

-- CreateIndex
CREATE INDEX "MeetingNote_unitId_on_idx" ON "MeetingNote"("unitId", "on");

-- CreateIndex
CREATE UNIQUE INDEX "UnitTarget_unitId_measure_key" ON "UnitTarget"("unitId", "measure");

-- AddForeignKey
ALTER TABLE "ClientEvidence" ADD CONSTRAINT "ClientEvidence_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionSession" ADD CONSTRAINT "SupervisionSession_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "VocationalUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionSession" ADD CONSTRAINT "SupervisionSession_specialistId_fkey" FOREIGN KEY ("specialistId") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MdtAttendance" ADD CONSTRAINT "MdtAttendance_clinicalTeamId_fkey" FOREIGN KEY ("clinicalTeamId") REFERENCES "ClinicalTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MdtAttendance" ADD CONSTRAINT "MdtAttendance_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FidelityReview" ADD CONSTRAINT "FidelityReview_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "VocationalUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FidelityItemScore" ADD CONSTRAINT "FidelityItemScore_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "FidelityReview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FidelityAction" ADD CONSTRAINT "FidelityAction_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "VocationalUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FidelityAction" ADD CONSTRAINT "FidelityAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingNote" ADD CONSTRAINT "MeetingNote_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "VocationalUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitTarget" ADD CONSTRAINT "UnitTarget_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "VocationalUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
