import fs from "node:fs";
import path from "node:path";

export type PageRoute = { template: string; segments: string[] };

/** Every page.tsx under app/, with its route template and its segments as the router names them. */
export function pageRoutes(root = process.cwd()): PageRoute[] {
  const out: PageRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!entry.name.startsWith("_")) walk(path.join(dir, entry.name), [...segments, entry.name]);
      } else if (entry.name === "page.tsx") {
        out.push({ template: "/" + segments.filter((s) => !s.startsWith("(")).join("/"), segments });
      }
    }
  };
  walk(path.join(root, "app"), []);
  return out;
}
