-- A verdict's "valid as of" and re-check days.
ALTER TABLE "Verdict" ADD COLUMN     "recheckOn" TIMESTAMP(3),
ADD COLUMN     "validAsOf" TIMESTAMP(3);

CREATE INDEX "Verdict_recheckOn_idx" ON "Verdict"("recheckOn");
