// Entry of the SQLite reader thread (see lib/sqlite-reader.ts): plain JavaScript, no compiler, so the
// thread starts in milliseconds. Each database file gets one connection that can only read.
import Database from "better-sqlite3";

/** Statements kept per connection, by SQL text (the search's statements are a few dozen shapes). */
const KEPT_STATEMENTS = 200;
const connections = new Map();

function connection(file) {
  let open = connections.get(file);
  if (!open) {
    // The busy timeout of the server's own connection (lib/db.ts): without WAL, a commit's lock waits.
    const db = new Database(file, { fileMustExist: true, timeout: 5000 });
    // Refuses every write on this connection, whatever SQL reaches it.
    db.pragma("query_only = ON");
    open = { db, statements: new Map() };
    connections.set(file, open);
  }
  return open;
}

/** One statement's rows, or each of several statements' rows (one hop between the threads for all). */
export default function read({ file, sql, params, statements }) {
  try {
    return statements ? statements.map((s) => readOnce(file, s.sql, s.params)) : readOnce(file, sql, params);
  } catch (error) {
    // better-sqlite3's SqliteError crosses back to the asking thread as a bare object: an Error keeps its message.
    throw new Error(error instanceof Error ? `${error.code ? `${error.code}: ` : ""}${error.message}` : String(error));
  }
}

function readOnce(file, sql, params) {
  const { statements, db } = connection(file);
  let statement = statements.get(sql);
  if (statement) statements.delete(sql);
  else statement = db.prepare(sql);
  // Most recently used last: the first key is the one to let go.
  statements.set(sql, statement);
  if (statements.size > KEPT_STATEMENTS) statements.delete(statements.keys().next().value);
  return statement.all(...params);
}
