-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('console', 'slack', 'teams');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('specialist', 'supervisor', 'clinician', 'admin');

-- CreateEnum
CREATE TYPE "ClientStatus" AS ENUM ('referred', 'active', 'closed');

-- CreateEnum
CREATE TYPE "ContactType" AS ENUM ('face_to_face', 'phone', 'email', 'visit');

-- CreateEnum
CREATE TYPE "LeadStatus" AS ENUM ('open', 'filled', 'withdrawn');

-- CreateEnum
CREATE TYPE "OutreachMethod" AS ENUM ('home', 'community', 'phone', 'letter', 'family', 'joint');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sent', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VocationalUnit" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/London',
    "meetingWeekday" INTEGER NOT NULL DEFAULT 2,
    "agendaTime" TEXT NOT NULL DEFAULT '15:00',
    "reminderTime" TEXT NOT NULL DEFAULT '09:00',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VocationalUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicalTeam" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "hideEmployerNames" BOOLEAN NOT NULL DEFAULT true,
    "nudgesEnabled" BOOLEAN NOT NULL DEFAULT true,
    "nudgeWeekday" INTEGER NOT NULL DEFAULT 3,
    "nudgeTime" TEXT NOT NULL DEFAULT '10:00',
    "referralDroughtWeeks" INTEGER NOT NULL DEFAULT 4,
    "threadCelebrations" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClinicalTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelBinding" (
    "id" SERIAL NOT NULL,
    "platform" "Platform" NOT NULL,
    "workspace" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "unitId" INTEGER,
    "clinicalTeamId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelBinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformConversation" (
    "id" SERIAL NOT NULL,
    "platform" "Platform" NOT NULL,
    "workspace" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "userId" TEXT,
    "reference" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlatformConversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Staff" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "champion" BOOLEAN NOT NULL DEFAULT false,
    "unitId" INTEGER,
    "fte" DECIMAL(3,2) NOT NULL DEFAULT 1,
    "awayUntil" DATE,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Staff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffIdentity" (
    "id" SERIAL NOT NULL,
    "staffId" INTEGER NOT NULL,
    "platform" "Platform" NOT NULL,
    "workspace" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffTeam" (
    "staffId" INTEGER NOT NULL,
    "clinicalTeamId" INTEGER NOT NULL,

    CONSTRAINT "StaffTeam_pkey" PRIMARY KEY ("staffId","clinicalTeamId")
);

-- CreateTable
CREATE TABLE "Client" (
    "id" SERIAL NOT NULL,
    "ref" TEXT NOT NULL,
    "status" "ClientStatus" NOT NULL DEFAULT 'referred',
    "specialistId" INTEGER,
    "clinicalTeamId" INTEGER NOT NULL,
    "referredOn" DATE,
    "programmeEntryOn" DATE,
    "profileStartedOn" DATE,
    "closedOn" DATE,
    "closeReason" TEXT,
    "consentToBeNamed" BOOLEAN NOT NULL DEFAULT false,
    "firstName" TEXT,
    "celebrationsOptOut" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employer" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "matchKey" TEXT NOT NULL,
    "address" TEXT,
    "phone" TEXT,
    "contactPerson" TEXT,
    "businessType" TEXT,
    "jobTypes" TEXT,
    "likelyHours" TEXT,
    "lastContactOn" DATE,
    "outcome" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Employer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployerContact" (
    "id" SERIAL NOT NULL,
    "specialistId" INTEGER NOT NULL,
    "employerId" INTEGER NOT NULL,
    "clientId" INTEGER,
    "contactedOn" DATE NOT NULL,
    "type" "ContactType" NOT NULL,
    "cupOfTea" INTEGER NOT NULL,
    "nextContactOn" DATE,
    "details" TEXT,
    "benefitsLiaison" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmployerContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobLead" (
    "id" SERIAL NOT NULL,
    "specialistId" INTEGER NOT NULL,
    "employerId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "hours" TEXT,
    "pay" TEXT,
    "notes" TEXT,
    "status" "LeadStatus" NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "JobLead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobLeadClient" (
    "leadId" INTEGER NOT NULL,
    "clientId" INTEGER NOT NULL,

    CONSTRAINT "JobLeadClient_pkey" PRIMARY KEY ("leadId","clientId")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" SERIAL NOT NULL,
    "clientId" INTEGER NOT NULL,
    "employerId" INTEGER NOT NULL,
    "specialistId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "jobType" TEXT NOT NULL,
    "startOn" DATE NOT NULL,
    "endOn" DATE,
    "endReason" TEXT,
    "hoursPerWeek" DECIMAL(5,2),
    "pay" TEXT,
    "competitive" BOOLEAN NOT NULL DEFAULT true,
    "permanent" BOOLEAN NOT NULL DEFAULT true,
    "quiet" BOOLEAN NOT NULL DEFAULT false,
    "loggedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" SERIAL NOT NULL,
    "clientId" INTEGER NOT NULL,
    "clinicalTeamId" INTEGER NOT NULL,
    "referredById" INTEGER,
    "referredOn" DATE NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutreachAttempt" (
    "id" SERIAL NOT NULL,
    "clientId" INTEGER NOT NULL,
    "specialistId" INTEGER NOT NULL,
    "attemptedOn" DATE NOT NULL,
    "method" "OutreachMethod" NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutreachAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interview" (
    "id" SERIAL NOT NULL,
    "clientId" INTEGER NOT NULL,
    "employerId" INTEGER,
    "interviewOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Interview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "platform" "Platform",
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "details" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessedCommand" (
    "key" TEXT NOT NULL,
    "reply" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedCommand_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" BIGSERIAL NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "orderingKey" TEXT NOT NULL,
    "destination" JSONB NOT NULL,
    "message" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "notBefore" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "platformRef" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduledRun" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "unitId" INTEGER,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "late" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ScheduledRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Celebration" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "jobId" INTEGER,
    "clientId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outboxKeys" TEXT[],
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "Celebration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE UNIQUE INDEX "VocationalUnit_key_key" ON "VocationalUnit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "ClinicalTeam_key_key" ON "ClinicalTeam"("key");

-- CreateIndex
CREATE INDEX "ChannelBinding_clinicalTeamId_idx" ON "ChannelBinding"("clinicalTeamId");

-- CreateIndex
CREATE INDEX "ChannelBinding_unitId_idx" ON "ChannelBinding"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelBinding_platform_workspace_channelId_key" ON "ChannelBinding"("platform", "workspace", "channelId");

-- CreateIndex
CREATE INDEX "PlatformConversation_platform_userId_idx" ON "PlatformConversation"("platform", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformConversation_platform_workspace_channelId_key" ON "PlatformConversation"("platform", "workspace", "channelId");

-- CreateIndex
CREATE UNIQUE INDEX "Staff_handle_key" ON "Staff"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "StaffIdentity_platform_workspace_externalId_key" ON "StaffIdentity"("platform", "workspace", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffIdentity_staffId_platform_workspace_key" ON "StaffIdentity"("staffId", "platform", "workspace");

-- CreateIndex
CREATE UNIQUE INDEX "Client_ref_key" ON "Client"("ref");

-- CreateIndex
CREATE INDEX "Client_specialistId_status_idx" ON "Client"("specialistId", "status");

-- CreateIndex
CREATE INDEX "Client_clinicalTeamId_status_idx" ON "Client"("clinicalTeamId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Employer_organisationId_matchKey_key" ON "Employer"("organisationId", "matchKey");

-- CreateIndex
CREATE INDEX "EmployerContact_specialistId_contactedOn_idx" ON "EmployerContact"("specialistId", "contactedOn");

-- CreateIndex
CREATE INDEX "EmployerContact_employerId_specialistId_idx" ON "EmployerContact"("employerId", "specialistId");

-- CreateIndex
CREATE INDEX "EmployerContact_clientId_contactedOn_idx" ON "EmployerContact"("clientId", "contactedOn");

-- CreateIndex
CREATE INDEX "EmployerContact_contactedOn_idx" ON "EmployerContact"("contactedOn");

-- CreateIndex
CREATE INDEX "JobLead_specialistId_createdAt_idx" ON "JobLead"("specialistId", "createdAt");

-- CreateIndex
CREATE INDEX "JobLead_createdAt_idx" ON "JobLead"("createdAt");

-- CreateIndex
CREATE INDEX "Job_clientId_startOn_idx" ON "Job"("clientId", "startOn");

-- CreateIndex
CREATE INDEX "Job_specialistId_startOn_idx" ON "Job"("specialistId", "startOn");

-- CreateIndex
CREATE INDEX "Job_startOn_idx" ON "Job"("startOn");

-- CreateIndex
CREATE INDEX "Referral_clinicalTeamId_referredOn_idx" ON "Referral"("clinicalTeamId", "referredOn");

-- CreateIndex
CREATE INDEX "OutreachAttempt_clientId_attemptedOn_idx" ON "OutreachAttempt"("clientId", "attemptedOn");

-- CreateIndex
CREATE INDEX "Interview_clientId_interviewOn_idx" ON "Interview"("clientId", "interviewOn");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "ProcessedCommand_createdAt_idx" ON "ProcessedCommand"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_notBefore_idx" ON "OutboxMessage"("status", "notBefore");

-- CreateIndex
CREATE INDEX "OutboxMessage_orderingKey_id_idx" ON "OutboxMessage"("orderingKey", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ScheduledRun_key_key" ON "ScheduledRun"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Celebration_key_key" ON "Celebration"("key");

-- AddForeignKey
ALTER TABLE "VocationalUnit" ADD CONSTRAINT "VocationalUnit_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicalTeam" ADD CONSTRAINT "ClinicalTeam_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "VocationalUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelBinding" ADD CONSTRAINT "ChannelBinding_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "VocationalUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelBinding" ADD CONSTRAINT "ChannelBinding_clinicalTeamId_fkey" FOREIGN KEY ("clinicalTeamId") REFERENCES "ClinicalTeam"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Staff" ADD CONSTRAINT "Staff_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "VocationalUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffIdentity" ADD CONSTRAINT "StaffIdentity_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffTeam" ADD CONSTRAINT "StaffTeam_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffTeam" ADD CONSTRAINT "StaffTeam_clinicalTeamId_fkey" FOREIGN KEY ("clinicalTeamId") REFERENCES "ClinicalTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Client" ADD CONSTRAINT "Client_specialistId_fkey" FOREIGN KEY ("specialistId") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Client" ADD CONSTRAINT "Client_clinicalTeamId_fkey" FOREIGN KEY ("clinicalTeamId") REFERENCES "ClinicalTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employer" ADD CONSTRAINT "Employer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerContact" ADD CONSTRAINT "EmployerContact_specialistId_fkey" FOREIGN KEY ("specialistId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerContact" ADD CONSTRAINT "EmployerContact_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerContact" ADD CONSTRAINT "EmployerContact_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobLead" ADD CONSTRAINT "JobLead_specialistId_fkey" FOREIGN KEY ("specialistId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobLead" ADD CONSTRAINT "JobLead_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobLeadClient" ADD CONSTRAINT "JobLeadClient_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "JobLead"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobLeadClient" ADD CONSTRAINT "JobLeadClient_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_specialistId_fkey" FOREIGN KEY ("specialistId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_clinicalTeamId_fkey" FOREIGN KEY ("clinicalTeamId") REFERENCES "ClinicalTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_referredById_fkey" FOREIGN KEY ("referredById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachAttempt" ADD CONSTRAINT "OutreachAttempt_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachAttempt" ADD CONSTRAINT "OutreachAttempt_specialistId_fkey" FOREIGN KEY ("specialistId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduledRun" ADD CONSTRAINT "ScheduledRun_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "VocationalUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
