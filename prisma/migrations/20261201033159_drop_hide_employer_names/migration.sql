-- AlterTable
ALTER TABLE "ClinicalTeam" DROP COLUMN "hideEmployerNames";
