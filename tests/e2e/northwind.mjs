// The northwind example plan and a helper that types it into the page, field by field.
import { readFileSync } from "node:fs";

const fixture = (file) => JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), "utf8"));

export const northwind = fixture("northwind.json");
export const expected = fixture("northwind.expected.json");

const skipped = new Set(["format", "version", "snapshots", "meta.created_at", "meta.updated_at"]);

/** Every [path, value] leaf of a plan, list rows by index, skipping what the page has no field for. */
export function leaves(value, path = "") {
  if (skipped.has(path)) return [];
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

/** Fills every field of `plan` into the page; throws listing every path without a field. */
export async function fillPlan(page, plan = northwind) {
  const missing = [];
  for (const [path, value] of leaves(plan)) {
    const el = await page.$(`[name="${path}"]`);
    if (!el) {
      missing.push(path);
      continue;
    }
    if (value === null) continue;
    const text = String(value);
    if ((await el.evaluate((e) => e.tagName)) === "SELECT") await el.selectOption(text);
    else await el.fill(text);
  }
  if (missing.length) throw new Error(`no field named: ${missing.join(", ")}`);
}

/** Half away from zero, as the expected file is rounded; the epsilon absorbs binary noise such as 1.005 * 100. */
const round2 = (x) => Math.sign(x) * (Math.round(Math.abs(x) * 100 + 1e-9) / 100);
const plainNumber = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** Every figure of the expected file as the page shows it, rounded as the file is. */
export async function expectedFigures(page) {
  const onPage = await page.$$eval("[data-figure]", (els) => els.map((e) => [e.dataset.figure, e.dataset.value ?? null]));
  const values = Object.fromEntries(onPage);
  const actual = {};
  for (const [name, want] of Object.entries(expected.figures)) {
    const value = name in values ? values[name] : "(missing)";
    actual[name] = typeof want === "number" && value !== null && plainNumber.test(value) ? round2(Number(value)) : value;
  }
  return actual;
}
