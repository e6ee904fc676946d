-- CreateTable
CREATE TABLE "Suggestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "reasons" TEXT NOT NULL,
    "claimant" TEXT,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "claimId" TEXT,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Suggestion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrackedClaim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT,
    "author" TEXT,
    "publishedAt" DATETIME,
    "text" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Article_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("author", "createdAt", "createdById", "id", "isDemo", "outlet", "publishedAt", "text", "title", "updatedAt", "url") SELECT "author", "createdAt", "createdById", "id", "isDemo", "outlet", "publishedAt", "text", "title", "updatedAt", "url" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claimant" TEXT NOT NULL,
    "claimantType" TEXT NOT NULL DEFAULT 'PERSON',
    "claimDate" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "dismissReason" TEXT,
    "reviewNote" TEXT,
    "slug" TEXT,
    "publishedAt" DATETIME,
    "publicUpdatedAt" DATETIME,
    "retractedAt" DATETIME,
    "retractionReason" TEXT,
    "assigneeId" TEXT,
    "trackedClaimId" TEXT,
    "coveredById" TEXT,
    "anchorState" TEXT NOT NULL DEFAULT 'OK',
    "anchorCandidate" TEXT,
    "createdById" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_trackedClaimId_fkey" FOREIGN KEY ("trackedClaimId") REFERENCES "TrackedClaim" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_coveredById_fkey" FOREIGN KEY ("coveredById") REFERENCES "Claim" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("articleId", "assigneeId", "claimDate", "claimant", "claimantType", "createdAt", "createdById", "dismissReason", "end", "id", "isDemo", "prefix", "publicUpdatedAt", "publishedAt", "quote", "retractedAt", "retractionReason", "reviewNote", "slug", "start", "status", "suffix", "updatedAt", "version") SELECT "articleId", "assigneeId", "claimDate", "claimant", "claimantType", "createdAt", "createdById", "dismissReason", "end", "id", "isDemo", "prefix", "publicUpdatedAt", "publishedAt", "quote", "retractedAt", "retractionReason", "reviewNote", "slug", "start", "status", "suffix", "updatedAt", "version" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE UNIQUE INDEX "Claim_slug_key" ON "Claim"("slug");
CREATE INDEX "Claim_status_updatedAt_idx" ON "Claim"("status", "updatedAt");
CREATE INDEX "Claim_status_publicUpdatedAt_id_idx" ON "Claim"("status", "publicUpdatedAt", "id");
CREATE INDEX "Claim_articleId_idx" ON "Claim"("articleId");
CREATE INDEX "Claim_assigneeId_idx" ON "Claim"("assigneeId");
CREATE INDEX "Claim_trackedClaimId_idx" ON "Claim"("trackedClaimId");
CREATE INDEX "Claim_claimant_idx" ON "Claim"("claimant");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Suggestion_articleId_status_score_idx" ON "Suggestion"("articleId", "status", "score");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_articleId_start_end_key" ON "Suggestion"("articleId", "start", "end");


-- Full-text search (SQLite FTS5), kept in step with every write by triggers. External-content tables
-- index the rows' own columns by rowid. A later migration that redefines Claim, Article or Source
-- drops these triggers with the old table: it must recreate them and run each index's 'rebuild'.
CREATE VIRTUAL TABLE "claim_fts" USING fts5("quote", "claimant", content='Claim', tokenize='porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "article_fts" USING fts5("title", "outlet", "text", content='Article', tokenize='porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "source_fts" USING fts5("title", "publisher", "url", content='Source', tokenize='porter unicode61 remove_diacritics 2');

CREATE TRIGGER "claim_fts_ai" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "claim_fts"(rowid, "quote", "claimant") VALUES (new.rowid, new."quote", new."claimant");
END;
CREATE TRIGGER "claim_fts_ad" AFTER DELETE ON "Claim" BEGIN
  INSERT INTO "claim_fts"("claim_fts", rowid, "quote", "claimant") VALUES ('delete', old.rowid, old."quote", old."claimant");
END;
CREATE TRIGGER "claim_fts_au" AFTER UPDATE OF "quote", "claimant" ON "Claim" BEGIN
  INSERT INTO "claim_fts"("claim_fts", rowid, "quote", "claimant") VALUES ('delete', old.rowid, old."quote", old."claimant");
  INSERT INTO "claim_fts"(rowid, "quote", "claimant") VALUES (new.rowid, new."quote", new."claimant");
END;

CREATE TRIGGER "article_fts_ai" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "article_fts"(rowid, "title", "outlet", "text") VALUES (new.rowid, new."title", new."outlet", new."text");
END;
CREATE TRIGGER "article_fts_ad" AFTER DELETE ON "Article" BEGIN
  INSERT INTO "article_fts"("article_fts", rowid, "title", "outlet", "text") VALUES ('delete', old.rowid, old."title", old."outlet", old."text");
END;
CREATE TRIGGER "article_fts_au" AFTER UPDATE OF "title", "outlet", "text" ON "Article" BEGIN
  INSERT INTO "article_fts"("article_fts", rowid, "title", "outlet", "text") VALUES ('delete', old.rowid, old."title", old."outlet", old."text");
  INSERT INTO "article_fts"(rowid, "title", "outlet", "text") VALUES (new.rowid, new."title", new."outlet", new."text");
END;

CREATE TRIGGER "source_fts_ai" AFTER INSERT ON "Source" BEGIN
  INSERT INTO "source_fts"(rowid, "title", "publisher", "url") VALUES (new.rowid, new."title", new."publisher", new."url");
END;
CREATE TRIGGER "source_fts_ad" AFTER DELETE ON "Source" BEGIN
  INSERT INTO "source_fts"("source_fts", rowid, "title", "publisher", "url") VALUES ('delete', old.rowid, old."title", old."publisher", old."url");
END;
CREATE TRIGGER "source_fts_au" AFTER UPDATE OF "title", "publisher", "url" ON "Source" BEGIN
  INSERT INTO "source_fts"("source_fts", rowid, "title", "publisher", "url") VALUES ('delete', old.rowid, old."title", old."publisher", old."url");
  INSERT INTO "source_fts"(rowid, "title", "publisher", "url") VALUES (new.rowid, new."title", new."publisher", new."url");
END;

INSERT INTO "claim_fts"("claim_fts") VALUES ('rebuild');
INSERT INTO "article_fts"("article_fts") VALUES ('rebuild');
INSERT INTO "source_fts"("source_fts") VALUES ('rebuild');
