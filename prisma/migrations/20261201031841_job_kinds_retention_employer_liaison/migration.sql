-- CreateEnum
CREATE TYPE "JobKind" AS ENUM ('permanent', 'temporary', 'seasonal', 'agency', 'set_aside');

-- AlterTable
ALTER TABLE "Employer" ADD COLUMN     "benefitsLiaison" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "firstHoursOn" DATE,
ADD COLUMN     "kind" "JobKind" NOT NULL DEFAULT 'permanent',
ADD COLUMN     "minimumWage" BOOLEAN,
ADD COLUMN     "retention" BOOLEAN NOT NULL DEFAULT false;

-- The two flags become one kind: "non-competitive" was typed for set-aside and sheltered jobs, "temporary" for the rest.
UPDATE "Job" SET "kind" = CASE WHEN NOT "competitive" THEN 'set_aside'::"JobKind" WHEN NOT "permanent" THEN 'temporary'::"JobKind" ELSE 'permanent'::"JobKind" END;

-- Job types move to the fixed list derived from SOC 2020 minor groups (src/services/job-types.ts).
UPDATE "Job" SET "jobType" = CASE "jobType"
  WHEN 'retail' THEN 'sales'
  WHEN 'logistics' THEN 'warehouse'
  WHEN 'horticulture' THEN 'gardening'
  WHEN 'administration' THEN 'admin'
  WHEN 'manufacturing' THEN 'factory'
  WHEN 'technology' THEN 'it'
  ELSE "jobType" END;

ALTER TABLE "Job" DROP COLUMN "competitive",
DROP COLUMN "permanent";
