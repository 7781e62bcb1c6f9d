// Importing shows a preview first; comparing two plans shows every figure's change and exactly
// the fields that differ; sections copy across with undo; the comparison goes into the Markdown
// export; the board brief prints on two A4 pages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, figure, serverAndBrowser, importFile } from "./harness.mjs";
import { northwind } from "./northwind.mjs";

const app = serverAndBrowser();
const NORTHWIND_TEXT = readFileSync(new URL("../fixtures/northwind.json", import.meta.url), "utf8");

/** Northwind with three fields changed: a score, a salary and the company's name. */
function changedCopy() {
  const plan = structuredClone(northwind);
  plan.readiness.product.feature_completeness = 10;
  plan.talent.positions[0].salary_max = 230000;
  plan.meta.company = "Northwind Analytics Ltd";
  return JSON.stringify(plan);
}

const storedPlans = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("scaling-planner:plan:")).sort());

const compared = (page, name) => page.getAttribute(`[data-figure="compare.${name}"]`, "data-value");

/** The app with northwind open as a stored plan. */
async function withNorthwind() {
  const { page, errors } = await openApp(app.browser, app.server.url);
  await importFile(page, "northwind.json", NORTHWIND_TEXT);
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "Northwind 2027 scaling plan");
  return { page, errors };
}

/** Stores `text` (a changed copy of northwind) as a second plan, opens northwind again, and
 * compares the open plan with the copy; gives the copy's id. */
async function compareWithCopy(page, text) {
  const first = await page.inputValue("#plan-select");
  await importFile(page, "next.json", text);
  await page.waitForFunction(() => document.querySelector('[name="meta.company"]').value === "Northwind Analytics Ltd");
  const next = await page.inputValue("#plan-select");
  await page.selectOption("#plan-select", first);
  await page.waitForFunction(() => document.querySelector('[name="meta.company"]').value === "Northwind Analytics");
  await page.click("text=Compare…");
  await page.locator(".compare").waitFor();
  await page.selectOption('[name="compare.first"]', "open");
  await page.selectOption('[name="compare.second"]', next);
  return next;
}

test("an imported file is previewed first, and nothing is stored until the user chooses", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  const before = await storedPlans(page);
  await page.setInputFiles("#import-file", { name: "northwind.json", mimeType: "application/json", buffer: Buffer.from(NORTHWIND_TEXT) });
  const preview = page.locator(".preview");
  await preview.waitFor();
  const card = await preview.locator(".plan-card").innerText();
  assert.match(card, /Northwind 2027 scaling plan/);
  assert.match(card, /Northwind Analytics/);
  assert.match(card, /Scaling readiness\s+30\.3 \/50 · Emerging/);
  assert.match(card, /Strategy assessment\s+61\.3 \/100 · Emerging/);
  assert.match(card, /Fields filled in\s+\d+ of \d+/);
  assert.match(card, /Snapshots\s+\d+: /);
  assert.equal(await page.evaluate(() => document.activeElement.id), "preview-title", "focus moves to the preview");
  assert.deepEqual(await storedPlans(page), before, "nothing stored while the preview shows");

  await preview.locator("[data-action='cancel']").click();
  await preview.waitFor({ state: "detached" });
  assert.deepEqual(await storedPlans(page), before, "Cancel stores nothing");

  // Pasted JSON goes through the same preview.
  await page.click("text=Paste JSON");
  await page.fill("#paste-json", NORTHWIND_TEXT);
  await page.click("text=Import pasted JSON");
  await preview.locator("[data-action='open']").click();
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "Northwind 2027 scaling plan");
  assert.equal((await storedPlans(page)).length, before.length + 1);
  assert.equal(await figure(page, "readiness.overall"), "30.25");

  // A file that is not a plan gets its message and no preview.
  await page.setInputFiles("#import-file", { name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{\"hello\": 1}") });
  await page.locator("[data-notice] .notice.error", { hasText: "Could not import notes.json" }).waitFor();
  assert.equal(await preview.count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a plan with 100 long-labelled snapshots previews on a card, and opening it shows the top of the page", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  const plan = structuredClone(northwind);
  plan.meta.company = "Northwind Analytics ".repeat(8);
  plan.snapshots = Array.from({ length: 100 }, (_, i) => ({
    ...structuredClone(northwind.snapshots[0]),
    taken_at: new Date(Date.UTC(2025, 0, 1 + i, 12)).toISOString().replace(".000", ""),
    label: `Review ${i + 1} ` + "with the board and the whole team ".repeat(10),
  }));
  await page.setInputFiles("#import-file", { name: "long.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(plan)) });
  const preview = page.locator(".preview");
  await preview.waitFor();
  const card = await preview.locator(".plan-card").innerText();
  assert.match(card, /Snapshots\s+100: Review 1 with the board[^…]*… \(2025-01-01\) … Review 100 with[^…]*… \(2025-04-10\)/);
  assert.doesNotMatch(card, /Review 2 /, "only the first and the last snapshot are named");
  assert.match(card, /Company\s+(Northwind Analytics ){5}[^\n]*…/);
  const { height } = await preview.boundingBox();
  assert.ok(height < 700, `the preview is ${height} px tall`);
  // On a small phone the values get more room than the names, which wrap instead.
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const [name, value] = await preview.locator(".plan-card").evaluate((card) => ["dt", "dd"].map((t) => card.querySelector(t).getBoundingClientRect().width));
  assert.ok(value > name, `at 320 px the values are ${value} px wide, the names ${name}`);
  await page.setViewportSize(viewport);

  await page.evaluate(() => scrollTo({ top: 600, behavior: "instant" }));
  await preview.locator("[data-action='open']").click();
  await page.waitForFunction(() => document.querySelector('[name="meta.company"]').value.startsWith("Northwind Analytics"));
  await page.waitForFunction(() => scrollY === 0, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.activeElement.id), "plan-select", "focus is on the menu naming the plan");
  const notice = page.locator("[data-notice] .notice", { hasText: "as a new plan" });
  assert.ok(await notice.isVisible());
  assert.ok((await notice.boundingBox()).y < (await page.evaluate(() => innerHeight)), "the notice is on the screen");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a snapshot's date is the reader's own day in the preview, the progress table and the brief, not UTC's", async () => {
  const context = await app.browser.newContext({ timezoneId: "America/Los_Angeles" });
  const { page, errors } = await openApp(context, app.server.url);
  const plan = structuredClone(northwind);
  plan.snapshots = plan.snapshots.slice(0, 1);
  // 03:00 UTC on the 15th is the evening of the 14th in California.
  Object.assign(plan.snapshots[0], { taken_at: "2026-08-15T03:00:00Z", label: "" });
  plan.meta.updated_at = "2026-11-20T02:30:00Z";
  await page.setInputFiles("#import-file", { name: "west.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(plan)) });
  const card = await page.locator(".preview .plan-card").innerText();
  assert.match(card, /Snapshots\s+1: 2026-08-14$/m);
  await page.locator(".preview [data-action='open']").click();
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "Northwind 2027 scaling plan");
  assert.equal(await page.locator(".snapshot-date").first().textContent(), "2026-08-14 20:00");
  const progress = page.locator('[data-chart="progress"]');
  await progress.locator("summary").click();
  const table = await progress.locator("table").textContent();
  assert.ok(table.includes("2026-08-14") && !table.includes("2026-08-15"), table);
  assert.match(await progress.locator("canvas").getAttribute("aria-label"), /at 2026-08-14 \(2026-08-14\)/);

  await page.click("text=Print brief");
  const brief = page.locator(".brief");
  await brief.waitFor();
  await brief.locator('[name="brief.since"]').selectOption("0");
  const heading = await brief.locator(".brief-change h2").innerText();
  assert.match(heading, /\(2026-08-14\)$/);
  const updated = await page.evaluate(() => {
    const at = new Date(JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith("scaling-planner:plan:") && localStorage.getItem(k).includes("Northwind")))).meta.updated_at);
    return [at.getFullYear(), at.getMonth() + 1, at.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
  });
  assert.ok((await brief.locator(".brief-sub").innerText()).includes(`Board brief · ${updated}`));
  // The success metrics read as the page writes them: revenue in the plan's currency.
  const metrics = await brief.innerText();
  assert.match(metrics, /Revenue: \$2,400,000 → \$6,000,000 \(150%\)/);
  assert.match(metrics, /Team size: 21 → 47 \(123\.81%\)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("comparing northwind with a copy with three changed fields shows exactly those and every figure's change", async () => {
  const { page, errors } = await withNorthwind();
  const before = await storedPlans(page);
  await page.setInputFiles("#import-file", { name: "next.json", mimeType: "application/json", buffer: Buffer.from(changedCopy()) });
  await page.locator(".preview [data-action='compare']").click();
  const panel = page.locator(".compare");
  await panel.waitFor();
  assert.deepEqual(await storedPlans(page), before, "comparing a file stores nothing");
  assert.equal(await page.inputValue('[name="compare.first"]'), "open");

  // Every figure of scoring.md is there, side by side.
  const names = await page.$$eval("[data-figure^='compare.']", (els) => els.map((e) => e.dataset.figure));
  assert.equal(names.length, 52, names.join(" "));
  // Product maturity (8 + 6 + 7 + 4) / 4 = 6.25 → (10 + 6 + 7 + 4) / 4 = 6.75.
  assert.equal(await compared(page, "readiness.product"), "0.5");
  assert.equal(await compared(page, "readiness.overall"), "0.5");
  // 30.25 / 50 = 60.5% → 61.5%.
  assert.equal(await compared(page, "readiness.percent"), "1");
  // The first position's midpoint (170,000 + 210,000) / 2 → (170,000 + 230,000) / 2.
  assert.equal(await compared(page, "talent.hiring_budget"), "10000");
  assert.equal(await compared(page, "readiness.market"), "0");
  assert.equal(await compared(page, "assessment.overall"), "0");
  assert.equal(await compared(page, "readiness.band"), "", "a band has no difference");
  assert.match(await panel.locator(".compare-counts").innerText(), /^\d+ figures and 3 fields differ\.$/);

  const fields = await page.$$eval(".changed-section li", (els) => els.map((e) => [e.dataset.field, e.innerText]));
  assert.deepEqual(
    fields.map(([path]) => path),
    ["meta.company", "readiness.product.feature_completeness", "talent.positions.0.salary_max"],
  );
  assert.match(fields[1][1], /Feature completeness \(Product Maturity\): 8 → 10/);
  assert.match(fields[2][1], /Position 1: Salary range: to: 210,000 → 230,000/);

  // Both charts overlay the two plans, in their words too.
  const radar = await panel.locator("[data-chart='readiness'] canvas").getAttribute("aria-label");
  assert.match(radar, /File: Northwind 2027 scaling plan: Product 6\.8/);
  assert.match(radar, /Northwind 2027 scaling plan \(open\) \(dashed\): Product 6\.3/);
  assert.ok(await panel.locator("[data-chart='assessment'] canvas").getAttribute("data-draws"));
  assert.deepEqual(errors, []);
  await page.close();
});

test("a section of another plan copies into the open one and Undo puts it back; the Markdown export carries the comparison", async () => {
  const { page, errors } = await withNorthwind();
  await compareWithCopy(page, changedCopy());
  await page.locator(".compare-counts", { hasText: "3 fields differ" }).waitFor();

  const salary = '[name="talent.positions.0.salary_max"]';
  assert.equal(await page.inputValue(salary), "210,000");
  await page.click("[data-action='copy:talent']");
  await page.locator(".compare-status", { hasText: "Copied “Hiring & retention” from Northwind 2027 scaling plan (2)." }).waitFor();
  assert.equal(await page.inputValue(salary), "230,000");
  assert.equal(await figure(page, "talent.hiring_budget"), "422500");
  await page.locator(".compare-counts", { hasText: "2 fields differ" }).waitFor();
  assert.equal(await page.inputValue('[name="meta.company"]'), "Northwind Analytics", "only that section changes");

  await page.click("[data-action='undo']");
  await page.locator(".compare-status", { hasText: "is back as it was" }).waitFor();
  assert.equal(await page.inputValue(salary), "210,000");
  assert.equal(await figure(page, "talent.hiring_budget"), "412500");
  await page.locator(".compare-counts", { hasText: "3 fields differ" }).waitFor();

  // A field typed into after a copy is the user's: Undo leaves it as typed.
  await page.click("[data-action='copy:talent']");
  await page.locator(".compare-counts", { hasText: "2 fields differ" }).waitFor();
  await page.fill(salary, "240000");
  await page.locator(salary).blur();
  await page.click("[data-action='undo']");
  await page.locator(".compare-status", { hasText: "is back as it was, but for 1 changed since the copy." }).waitFor();
  assert.equal(await page.inputValue(salary), "240,000");
  await page.fill(salary, "210000");
  await page.locator(salary).blur();
  await page.locator(".compare-counts", { hasText: "3 fields differ" }).waitFor();

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-action='export']")]);
  const markdown = readFileSync(await download.path(), "utf8");
  assert.ok(markdown.startsWith("# Northwind 2027 scaling plan\n"), markdown.slice(0, 80));
  assert.match(markdown, /## What changed: Northwind 2027 scaling plan \(open\) → Northwind 2027 scaling plan \(2\)\n/);
  assert.match(markdown, /\| Product Maturity \| 6\.3 \| 6\.8 \| \+0\.5 \|/);
  assert.match(markdown, /- Company: Northwind Analytics → Northwind Analytics Ltd/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a section copied from another plan lets go of the refused entries in its rows: a row added later is blank", async () => {
  const { page, errors } = await withNorthwind();
  const first = await page.inputValue("#plan-select");
  const small = JSON.parse(NORTHWIND_TEXT);
  small.meta.name = "Small team";
  small.talent.positions = small.talent.positions.slice(0, 1);
  await importFile(page, "small.json", JSON.stringify(small));
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "Small team");
  const second = await page.inputValue("#plan-select");
  await page.selectOption("#plan-select", first);
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "Northwind 2027 scaling plan");
  const min = (i) => `[name="talent.positions.${i}.salary_min"]`;
  // A refused entry in a row added blank.
  await page.getByRole("button", { name: "+ Add position", exact: true }).click();
  await page.fill(min(3), "abc");
  await page.press(min(3), "Tab");
  await page.locator(".error-summary li").waitFor();

  await page.click("text=Compare…");
  await page.locator(".compare").waitFor();
  await page.selectOption('[name="compare.first"]', "open");
  await page.selectOption('[name="compare.second"]', second);
  await page.click("[data-action='copy:talent']");
  await page.waitForSelector(min(1), { state: "detached" });
  for (const n of [1, 2, 3]) {
    await page.getByRole("button", { name: "+ Add position", exact: true }).click();
    await page.waitForSelector(min(n));
  }
  assert.equal(await page.inputValue(min(3)), "", "a new row is blank");
  assert.equal(await page.locator(".error-summary li").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a plan compares with its own snapshot: only the scores differ", async () => {
  const { page, errors } = await withNorthwind();
  await page.click("text=Compare…");
  await page.locator(".compare").waitFor();
  // Opened with the latest snapshot first and the plan as it is now second.
  assert.match(await page.inputValue('[name="compare.first"]'), /^open:\d+$/);
  assert.equal(await page.inputValue('[name="compare.second"]'), "open");
  const sections = await page.$$eval(".changed-section", (els) => [...new Set(els.map((e) => e.dataset.section))]);
  assert.deepEqual(sections.filter((s) => s !== "readiness" && s !== "assessment"), []);
  // The latest snapshot's dimensions 5.25 + 5.5 + 3 + 5 + 6 = 24.75; today's 30.25.
  assert.equal(await compared(page, "readiness.overall"), "5.5");
  // A snapshot keeps only the scores: the other figures are not compared, rather than shown
  // as today's on its side with no change.
  assert.match(await page.locator(".compare-counts").innerText(), /^12 figures and 36 fields differ/);
  await page.uncheck('[name="compare.only"]');
  assert.equal(await compared(page, "technical.run_rate_month"), "");
  const runRate = await page.locator(".compare-table tr", { has: page.locator('[data-figure="compare.technical.run_rate_month"]') }).locator("td").allInnerTexts();
  assert.deepEqual(runRate, ["—", "—", ""]);
  assert.equal(await page.locator("[data-figure^='compare.']").count(), 52, "every figure has its row");
  // Editing the plan updates the comparison at once.
  await page.fill('[name="readiness.market.brand_recognition"]', "10");
  await page.waitForFunction(() => document.querySelector('[data-figure="compare.readiness.overall"]').dataset.value !== "5.5");
  await page.click(".compare [data-action='close']");
  await page.locator(".compare").waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
  await page.close();
});

test("on a phone, the comparison with every figure fits the screen, its columns headed First and Second", async () => {
  const { page, errors } = await withNorthwind();
  await page.click("text=Compare…");
  await page.locator(".compare-table").waitFor();
  await page.uncheck('[name="compare.only"]');
  const heads = () => page.$$eval(".compare-table thead th", (ths) => ths.map((th) => th.textContent));
  const long = await heads();
  assert.match(long[1], /^FirstSnapshot /, "a screen reader hears each column's plan");
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    const fit = await page.evaluate(() => {
      const table = document.querySelector(".compare-table");
      const head = table.querySelector("thead th:nth-child(2)");
      const lines = head.getBoundingClientRect().height / parseFloat(getComputedStyle(head).lineHeight);
      const cut = [...table.querySelectorAll("th, td")].filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.innerText);
      const shown = [...head.children].filter((e) => e.getBoundingClientRect().width > 1).map((e) => e.textContent).join("");
      return { fits: table.scrollWidth <= table.parentElement.clientWidth, tall: lines > 2.5, cut, shown };
    });
    assert.deepEqual({ fits: fit.fits, tall: fit.tall, cut: fit.cut }, { fits: true, tall: false, cut: [] }, `at ${width} px`);
    assert.equal(fit.shown, width < 600 ? "First" : long[1].replace(/^First/, ""), `at ${width} px`);
  }
  assert.deepEqual(await heads(), long);
  assert.deepEqual(errors, []);
  await page.close();
});

test("Escape closes the comparison, and focus goes back to Compare…, as after Close", async () => {
  const { page, errors } = await withNorthwind();
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  for (const how of ["Escape", "Close"]) {
    await page.focus("#open-compare");
    await page.keyboard.press("Enter");
    await page.locator(".compare-table").waitFor();
    await page.focus('[name="compare.second"]');
    if (how === "Escape") await page.keyboard.press("Escape");
    else {
      await page.focus(".compare [data-action='close']");
      await page.keyboard.press("Enter");
    }
    await page.locator(".compare").waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.id === "open-compare");
    assert.equal(await focused(), "open-compare", how);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("the board brief keeps the keyboard in it, Escape closes it, and focus goes back to Print brief", async () => {
  const { page, errors } = await withNorthwind();
  await page.click("text=Print brief");
  const brief = page.locator(".brief");
  await brief.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "brief-title");
  // The title, and the line under it, show below the brief's sticky tools.
  await page.waitForTimeout(300);
  const [tools, title] = await page.evaluate(() => [".brief-tools", "#brief-title"].map((s) => document.querySelector(s).getBoundingClientRect()));
  assert.ok(title.top >= tools.bottom, `the title (top ${title.top}) is under the tools (bottom ${tools.bottom})`);
  assert.equal(await brief.evaluate((b) => b.scrollTop), 0);
  const focusable = await brief.locator("button, select").count();
  const outside = [];
  for (let i = 0; i < 2 * focusable + 2; i++) {
    await page.keyboard.press("Tab");
    const where = await page.evaluate(() => {
      const a = document.activeElement;
      return !a || a === document.body || a.closest(".brief") ? null : a.outerHTML.slice(0, 80);
    });
    if (where) outside.push(where);
  }
  assert.deepEqual(outside, [], "Tab never reaches the page under the brief");
  // A click on the brief's text takes focus from its controls; Escape still closes it.
  await brief.locator(".brief-sub").click();
  await page.keyboard.press("Escape");
  await brief.waitFor({ state: "detached" });
  await page.waitForFunction(() => document.activeElement?.id === "open-brief");
  assert.equal(await page.locator(".plan-bar").isVisible(), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the board brief shows the scorecards, charts, gaps, key figures, warnings and roadmap, and prints on two A4 pages", async () => {
  const { page, errors } = await withNorthwind();
  await page.click("text=Print brief");
  const brief = page.locator(".brief");
  await brief.waitFor();
  const text = await brief.innerText();
  for (const words of [
    "Scaling readiness",
    "Strategy assessment",
    "Critical gaps",
    "Key figures",
    "Run rate",
    "Hiring budget (midpoints)",
    "12-month roadmap",
    "Months 1–3: Foundation",
  ]) {
    assert.ok(text.includes(words), `the brief has ${words}`);
  }
  assert.match(text, /30\.3 \/50 · Emerging/);
  assert.equal(await brief.locator("img").count(), 2, "the readiness and assessment charts");
  assert.match(await brief.locator("img").first().getAttribute("alt"), /Readiness radar/);
  // Drawn, though the page's charts were off screen when the brief opened.
  const blank = await brief.locator("img").evaluateAll((imgs) =>
    imgs.map((img) => {
      const empty = document.createElement("canvas");
      [empty.width, empty.height] = [img.naturalWidth, img.naturalHeight];
      return img.naturalWidth === 0 || img.src === empty.toDataURL();
    }),
  );
  assert.deepEqual(blank, [false, false], "both charts are drawn");

  // The change since a chosen snapshot.
  const options = await page.$$eval('[name="brief.since"] option', (os) => os.map((o) => o.value));
  await page.selectOption('[name="brief.since"]', options.at(-1));
  await brief.locator(".brief-change", { hasText: "Change since the snapshot" }).waitFor();
  assert.match(await brief.locator(".brief-change").innerText(), /Overall scaling readiness\s+24\.8\s+30\.3\s+\+5\.5/);

  // Printed: only the brief, on two A4 pages.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".plan-bar").isVisible(), false);
  const pdf = (await page.pdf({ format: "A4", printBackground: false })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g).length;
  assert.equal(pages, 2, `${pages} pages`);
  await page.emulateMedia({ media: "screen" });
  await brief.locator("[data-action='close']").click();
  await brief.waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
  await page.close();
});

test("a plan in another currency compares amount by amount in each one's own, with no change in money", async () => {
  const { page, errors } = await withNorthwind();
  const first = await page.inputValue("#plan-select");
  const euro = structuredClone(northwind);
  euro.meta.currency = "EUR";
  euro.talent.positions[0].salary_max = 230000;
  await importFile(page, "euro.json", JSON.stringify(euro));
  await page.waitForFunction(() => document.querySelector('[name="meta.currency"]').value === "EUR");
  const next = await page.inputValue("#plan-select");
  await page.selectOption("#plan-select", first);
  await page.waitForFunction(() => document.querySelector('[name="meta.currency"]').value === "USD");
  await page.click("text=Compare…");
  await page.selectOption('[name="compare.first"]', "open");
  await page.selectOption('[name="compare.second"]', next);
  const row = page.locator(".compare-table tr", { has: page.locator('[data-figure="compare.talent.hiring_budget"]') });
  await row.waitFor();
  assert.deepEqual(await row.locator("td").allTextContents(), ["$412,500", "€422,500", ""]);
  // The visible change is blank; data-value stays second − first, as workshop.md defines it.
  assert.equal(await compared(page, "talent.hiring_budget"), "10000");
  assert.equal(await compared(page, "readiness.product"), "0", "scores still compare");

  await page.click("[data-action='copy:talent']");
  await page.locator(".compare-status", { hasText: "Its amounts are in EUR and this plan's in USD: check them." }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("the counts say one figure, one field", async () => {
  const { page, errors } = await withNorthwind();
  const plan = structuredClone(northwind);
  plan.meta.company = "Northwind Analytics Ltd";
  plan.readiness.product.feature_completeness = 10;
  await compareWithCopy(page, JSON.stringify(plan));
  await page.locator(".compare-counts", { hasText: "fields differ" }).waitFor();
  assert.match(await page.locator(".compare-counts").innerText(), /^\d+ figures and 2 fields differ\.$/);
  await page.fill('[name="meta.company"]', "Northwind Analytics Ltd");
  await page.locator(".compare-counts", { hasText: "1 field differ." }).waitFor();
  assert.match(await page.locator(".compare-counts").innerText(), /^\d+ figures? and 1 field differ\.$/);
  assert.deepEqual(errors, []);
  await page.close();
});
