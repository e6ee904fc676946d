-- A verdict's "valid as of" and re-check days.
ALTER TABLE "Verdict" ADD COLUMN "recheckOn" DATETIME;
ALTER TABLE "Verdict" ADD COLUMN "validAsOf" DATETIME;

CREATE INDEX "Verdict_recheckOn_idx" ON "Verdict"("recheckOn");
