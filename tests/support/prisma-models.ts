// A Prisma schema's tables as the database sees them: for each model, its scalar columns (name, type,
// optional) and its @@id/@@index/@@unique lines. Relation fields are left out (they are not columns).
export type TableShape = { columns: string[]; indexes: string[] };

export function tablesOf(schema: string): Map<string, TableShape> {
  const blocks = [...schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)];
  const models = new Set(blocks.map((b) => b[1]));
  const tables = new Map<string, TableShape>();
  for (const [, name, body] of blocks) {
    const columns: string[] = [];
    const indexes: string[] = [];
    for (const raw of body.split("\n")) {
      const line = raw.replace(/\/\/.*$/, "").trim();
      if (!line || line.startsWith("///")) continue;
      if (line.startsWith("@@")) {
        if (/^@@(id|index|unique)\b/.test(line)) indexes.push(line.replace(/\s+/g, " ").replace(/,\s*map:\s*"[^"]*"/, ""));
        continue;
      }
      const [field, type, ...attributes] = line.split(/\s+/);
      if (!type || models.has(type.replace(/[?[\]]/g, ""))) continue;
      // An @id or @unique on a field is an index too.
      const attrs = attributes.join(" ");
      columns.push(`${field} ${type}${/@id\b/.test(attrs) ? " @id" : ""}${/@unique\b/.test(attrs) ? " @unique" : ""}`);
    }
    tables.set(name, { columns: columns.sort(), indexes: indexes.sort() });
  }
  return tables;
}

/** What differs between the schema's tables and the database's (tables the schema does not model are ignored when `ignore` matches). */
export function drift(schema: string, database: string, ignore: RegExp): string[] {
  const want = tablesOf(schema);
  const have = tablesOf(database);
  const out: string[] = [];
  for (const [name, shape] of want) {
    const found = have.get(name);
    if (!found) {
      out.push(`${name}: no such table`);
      continue;
    }
    for (const c of shape.columns) if (!found.columns.includes(c)) out.push(`${name}: column ${c} missing or different`);
    for (const c of found.columns) if (!shape.columns.includes(c)) out.push(`${name}: unexpected column ${c}`);
    for (const i of shape.indexes) if (!found.indexes.includes(i)) out.push(`${name}: ${i} missing`);
    for (const i of found.indexes) if (!shape.indexes.includes(i)) out.push(`${name}: unexpected ${i}`);
  }
  for (const name of have.keys()) if (!want.has(name) && !ignore.test(name)) out.push(`${name}: table not in the schema`);
  return out;
}
