-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "erasedAt" TIMESTAMP(3);
