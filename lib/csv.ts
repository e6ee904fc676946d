import { stringify } from "csv-stringify/sync";

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading quote. */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV rows for these columns, every cell made spreadsheet-safe; with the header row when asked. */
export function csvRows<C extends string>(columns: readonly C[], rows: Record<C, string>[], header: boolean): string {
  return stringify(
    rows.map((r) => columns.map((c) => spreadsheetSafe(r[c]))),
    { header, columns: [...columns] },
  );
}
