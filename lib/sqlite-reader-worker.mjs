// Entry of the SQLite reader thread (see lib/sqlite-reader.ts): plain JavaScript, no compiler, so the
// thread starts in milliseconds. Each database file gets one connection that can only read.
import Database from "better-sqlite3";

/** Statements kept per connection, by SQL text (the search's statements are a few dozen shapes). */
const KEPT_STATEMENTS = 200;
const connections = new Map();

function connection(file) {
  let open = connections.get(file);
  if (!open) {
    // Opened read-only: no statement can write, nor turn that off (a `PRAGMA query_only = OFF` takes
    // effect as it is prepared). The busy timeout of the server's own connection (lib/db.ts): without
    // WAL, a commit's lock waits.
    const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
    db.pragma("query_only = ON");
    open = { db, statements: new Map() };
    connections.set(file, open);
  }
  return open;
}

/** Each statement's rows, in order (one hop between the threads for all). */
export default function read({ file, statements }) {
  try {
    return statements.map((s) => readOnce(file, s.sql, s.params));
  } catch (error) {
    // better-sqlite3's SqliteError crosses back to the asking thread as a bare object: an Error keeps its message.
    throw new Error(error instanceof Error ? `${error.code ? `${error.code}: ` : ""}${error.message}` : String(error));
  }
}

function readOnce(file, sql, params) {
  const { statements, db } = connection(file);
  let statement = statements.get(sql);
  if (statement) statements.delete(sql);
  else {
    statement = db.prepare(sql);
    // Only statements that answer rows (a pragma that sets, ATTACH or VACUUM INTO answers none).
    if (!statement.reader) throw new Error("The reader thread runs only statements that return rows");
  }
  // Most recently used last: the first key is the one to let go.
  statements.set(sql, statement);
  if (statements.size > KEPT_STATEMENTS) statements.delete(statements.keys().next().value);
  return statement.all(...params);
}
