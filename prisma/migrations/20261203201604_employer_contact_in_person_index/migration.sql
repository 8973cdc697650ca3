-- CreateIndex
CREATE INDEX "EmployerContact_clientId_contactedOn_type_benefitsLiaison_idx" ON "EmployerContact"("clientId", "contactedOn", "type", "benefitsLiaison");

-- DropIndex: the new index serves every query the old one did (its first two columns).
DROP INDEX "EmployerContact_clientId_contactedOn_idx";
