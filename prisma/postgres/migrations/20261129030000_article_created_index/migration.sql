-- CreateIndex
CREATE INDEX "Article_createdAt_idx" ON "Article"("createdAt");

