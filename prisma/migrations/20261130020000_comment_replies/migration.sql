-- Replies to comments (threads one level deep) and the REPLIED notification (enums are text here).
-- The column is added in place rather than by rebuilding the table.
ALTER TABLE "Comment" ADD COLUMN "parentId" TEXT REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId");
