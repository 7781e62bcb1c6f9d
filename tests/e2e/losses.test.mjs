// The ways work used to be lost (issue 12, losses 1 to 4), each tried in real Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve, launch, importFile, blockStorage } from "./harness.mjs";

const NORTHWIND_TEXT = readFileSync(new URL("../fixtures/northwind.json", import.meta.url), "utf8");

let server, browser;
before(async () => {
  server = await serve("/");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A tab of `context` with the app loaded; a page error fails the test that checks `errors`. */
async function tab(context) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector("[data-figure]");
  return { page, errors };
}

const planKey = (page) => page.evaluate(() => `scaling-planner:plan:${document.querySelector("#plan-select").value}`);
const item = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);
const status = (page) => page.textContent(".save-state .saved");
const waitStatus = (page, pattern) =>
  page.waitForFunction((p) => new RegExp(p).test(document.querySelector(".save-state .saved").textContent), pattern.source);

/** Fills localStorage up to its quota with filler keys; returns how many were written. */
const fillStorage = (page) =>
  page.evaluate(() => {
    let n = 0;
    for (const size of [256 * 1024, 4 * 1024, 64, 1]) {
      try {
        for (;;) localStorage.setItem(`filler:${n++}`, "x".repeat(size));
      } catch {}
    }
    return n;
  });
const freeStorage = (page, n) =>
  page.evaluate((count) => {
    for (let i = 0; i < count; i++) localStorage.removeItem(`filler:${i}`);
  }, n);

test("loss 1: with storage full, New, Duplicate, Import and switching never drop typed work", async () => {
  const context = await browser.newContext();
  const { page, errors } = await tab(context);
  await page.click("text=New plan");
  await page.waitForFunction(() => document.querySelectorAll("#plan-select option").length === 2);
  const open = await page.inputValue("#plan-select");
  const filler = await fillStorage(page);
  await page.fill('[name="meta.name"]', "Typed while storage is full");
  await waitStatus(page, /^Not saved/);

  const tries = [
    ["New plan", () => page.click("text=New plan")],
    ["Duplicate", () => page.click("text=Duplicate")],
    ["Import", () => importFile(page, "n.json", NORTHWIND_TEXT)],
    ["switch", () => page.selectOption("#plan-select", { index: 1 })],
  ];
  for (const [what, act] of tries) {
    await act();
    await page.waitForSelector(".notice:has-text('Still on this plan')");
    assert.equal(await page.inputValue("#plan-select"), open, `${what}: the plan stays open`);
    assert.equal(await page.inputValue('[name="meta.name"]'), "Typed while storage is full", `${what}: the typing stays`);
    assert.match(await status(page), /^Not saved/, `${what}: never says Saved`);
  }

  await freeStorage(page, filler);
  await page.click("text=New plan");
  await page.waitForFunction(() => document.querySelectorAll("#plan-select option").length === 3);
  const stored = await page.evaluate((id) => localStorage.getItem(`scaling-planner:plan:${id}`), open);
  assert.match(stored, /"name": "Typed while storage is full"/, "saved before leaving, once there was room");
  assert.deepEqual(errors, []);
  await context.close();
});

test("loss 2: two tabs saving one plan at once merge, neither overwrites the other", async () => {
  const context = await browser.newContext();
  // Tab B does not hear storage events: it saves without knowing of A's save, as when both
  // save within the same moment.
  const a = await tab(context);
  await context.addInitScript(() => {
    window.addEventListener("storage", (e) => window.__deaf && e.stopImmediatePropagation());
    window.__deaf = true;
  });
  const b = await tab(context);
  const key = await planKey(a.page);
  assert.equal(key, await planKey(b.page));

  await a.page.fill('[name="meta.name"]', "Name typed in A");
  await a.page.waitForFunction((k) => localStorage.getItem(k).includes("Name typed in A"), key);
  await b.page.fill('[name="meta.company"]', "Company typed in B");
  await b.page.waitForFunction((k) => localStorage.getItem(k).includes("Company typed in B"), key);
  const stored = await item(a.page, key);
  assert.match(stored, /"name": "Name typed in A"/, "A's save survives B's write");
  assert.match(stored, /"company": "Company typed in B"/);
  assert.equal(await b.page.inputValue('[name="meta.name"]'), "Name typed in A", "B shows A's edit");

  // B was in the back/forward cache: when it is shown again it catches up.
  await a.page.fill('[name="meta.name"]', "Renamed while B slept");
  await a.page.waitForFunction((k) => localStorage.getItem(k).includes("Renamed while B slept"), key);
  await b.page.evaluate(() => document.dispatchEvent(new Event("visibilitychange", { bubbles: true })));
  await b.page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "Renamed while B slept");
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test("loss 2: a row added in one tab, then typing in that list in the other, merges with no clash", async () => {
  const context = await browser.newContext();
  const a = await tab(context);
  const b = await tab(context);
  const key = await planKey(a.page);
  await a.page.getByRole("button", { name: "+ Add bottleneck", exact: true }).click();
  await b.page.waitForSelector('[name="technical.bottlenecks.3.name"]');
  await b.page.fill('[name="technical.bottlenecks.1.name"]', "Typed in B");
  await b.page.waitForFunction((k) => localStorage.getItem(k).includes("Typed in B"), key);
  await a.page.waitForFunction(() => document.querySelector('[name="technical.bottlenecks.1.name"]').value === "Typed in B");
  // Long enough for a clash's copy and its notices to have come.
  await a.page.waitForTimeout(1500);
  assert.equal(await b.page.inputValue('[name="technical.bottlenecks.1.name"]'), "Typed in B");
  const stored = JSON.parse(await item(a.page, key));
  assert.deepEqual(stored.technical.bottlenecks.map((r) => r.name), ["", "Typed in B", "", ""]);
  const plans = await a.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("scaling-planner:plan:")).length);
  assert.equal(plans, 1, "no copy of either version");
  for (const t of [a, b]) assert.equal(await t.page.locator(".notice", { hasText: "other tab's version" }).count(), 0);
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test("loss 2: rows removed and added in one tab while the other shows a refused entry: no stop, no entry on the wrong row", async () => {
  const context = await browser.newContext();
  const a = await tab(context);
  for (const i of [0, 1, 2]) await a.page.fill(`[name="technical.bottlenecks.${i}.name"]`, `B${i}`);
  const b = await tab(context);
  const dialogs = [];
  b.page.on("dialog", (d) => (dialogs.push(d.message()), d.dismiss()));
  const cost = (i) => `[name="technical.bottlenecks.${i}.cost_month"]`;
  const names = (page) => page.$$eval('[name^="technical.bottlenecks."][name$=".name"]', (els) => els.map((e) => e.value));
  await b.page.waitForFunction(() => document.querySelector('[name="technical.bottlenecks.2.name"]').value === "B2");
  // A refused entry on B1's row, the focus then on the next field.
  await b.page.fill(cost(1), "abc");
  await b.page.press(cost(1), "Tab");
  await a.page.getByRole("button", { name: "Remove bottleneck 1", exact: true }).click();
  await b.page.waitForFunction(() => document.querySelector('[name="technical.bottlenecks.0.name"]').value === "B1");
  assert.notEqual(await b.page.inputValue(cost(1)), "abc", "B2's row does not take B1's refused entry");
  // The row that held the focus goes, then one comes in its place.
  await b.page.fill(cost(1), "xyz");
  await b.page.press(cost(1), "Tab");
  await a.page.getByRole("button", { name: "Remove bottleneck 2", exact: true }).click();
  await b.page.waitForFunction(() => !document.querySelector('[name="technical.bottlenecks.1.name"]'));
  await a.page.getByRole("button", { name: "+ Add bottleneck", exact: true }).click();
  await a.page.fill('[name="technical.bottlenecks.1.name"]', "New in A");
  await b.page.waitForFunction(() => document.querySelector('[name="technical.bottlenecks.1.name"]')?.value === "New in A");
  await b.page.click('[name="meta.name"]');
  await b.page.waitForTimeout(500);
  assert.deepEqual(await names(b.page), ["B1", "New in A"]);
  assert.equal(await b.page.inputValue(cost(1)), "", "a new row is blank");
  assert.equal(await b.page.locator(".error-summary li").count(), 0);
  assert.deepEqual([dialogs, a.errors, b.errors], [[], [], []]);
  await context.close();
});

test("loss 3: a plan written by a newer version is never written over, moved or opened", async () => {
  const context = await browser.newContext();
  const { page, errors } = await tab(context);
  const key = await planKey(page);
  const newer = NORTHWIND_TEXT.replace('"version": 1', '"version": 9').replace("Northwind 2027 scaling plan", "From a newer app");
  await page.evaluate(([k, text]) => localStorage.setItem(k, text), [key, newer]);
  await page.fill('[name="meta.company"]', "Typed in the old tab");
  await waitStatus(page, /^Not saved: a newer version/);
  assert.equal(await item(page, key), newer, "left exactly as it is");
  assert.equal(await page.inputValue('[name="meta.company"]'), "Typed in the old tab", "the typing stays on screen");

  await page.reload();
  await page.waitForSelector("[data-figure]");
  const option = page.locator("#plan-select option", { hasText: "From a newer app" });
  assert.match(await option.textContent(), /made by a newer version: reload to open/);
  assert.equal(await option.isDisabled(), true);
  assert.ok(await page.locator(".notice:has-text('made by a newer version')").count());
  assert.equal(await item(page, key), newer, "a reload leaves it too");
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys.filter((k) => k.includes("recovery")), [], "nothing is moved aside");
  assert.deepEqual(errors, []);
  await context.close();
});

test("loss 4: a plan deleted while saves fail, or in another tab, never comes back", async () => {
  const context = await browser.newContext();
  const { page, errors } = await tab(context);
  await page.click("text=New plan");
  await page.waitForFunction(() => document.querySelectorAll("#plan-select option").length === 2);
  const doomed = await planKey(page);
  const filler = await fillStorage(page);
  await page.fill('[name="meta.name"]', "Deleted while full");
  await waitStatus(page, /^Not saved/);
  await page.click("text=Delete…");
  await page.click(".confirm >> text=Delete");
  await page.waitForSelector(".notice:has-text('Deleted')");
  await page.fill('[name="meta.company"]', "Typed into the next plan");
  await waitStatus(page, /^Saved/);
  assert.equal(await item(page, doomed), null, "the deleted plan stays deleted");
  await freeStorage(page, filler);

  // Deleted in another tab: the next keystroke here must not bring it back.
  const other = await tab(context);
  await page.click("text=New plan");
  await page.waitForFunction(() => document.querySelectorAll("#plan-select option").length === 2);
  const id = await page.inputValue("#plan-select");
  await other.page.waitForFunction(() => document.querySelectorAll("#plan-select option").length === 2);
  await other.page.selectOption("#plan-select", id);
  await page.click("text=Delete…");
  await page.click(".confirm >> text=Delete");
  await other.page.waitForSelector(".notice:has-text('deleted in another tab')");
  await other.page.fill('[name="meta.name"]', "Typed after the delete");
  await waitStatus(other.page, /^Not saved: this plan was deleted in another tab/);
  assert.equal(await item(page, `scaling-planner:plan:${id}`), null);
  assert.equal(await other.page.inputValue('[name="meta.name"]'), "Typed after the delete", "still on screen");
  // The plan menu names the plan on screen, not another one.
  const menu = () => other.page.$eval("#plan-select", (s) => s.selectedOptions[0]?.textContent ?? "");
  await other.page.waitForFunction(() => document.querySelector("#plan-select").selectedOptions[0]?.textContent === "Typed after the delete (not saved)");

  await other.page.click("text=Keep it");
  await waitStatus(other.page, /^Saved/);
  assert.match(await item(page, `scaling-planner:plan:${id}`), /Typed after the delete/, "kept on purpose");
  assert.equal(await menu(), "Typed after the delete");
  assert.deepEqual([...errors, ...other.errors], []);
  await context.close();
});

test("a copy made while storage is full is kept on screen until it is stored, exported or discarded", async () => {
  const context = await browser.newContext();
  const { page, errors } = await tab(context);
  await page.fill('[name="meta.name"]', "First plan");
  await waitStatus(page, /^Saved/);
  const first = await page.inputValue("#plan-select");
  const filler = await fillStorage(page);
  await page.click("text=Duplicate");
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "First plan (copy)");
  assert.match(await status(page), /^Not saved/);
  // The plan menu names the copy, though it is in no storage (it was blank).
  const shown = () => page.$eval("#plan-select", (s) => s.selectedOptions[0]?.textContent ?? "");
  assert.equal(await shown(), "First plan (copy) (not saved)");
  // It compares with the stored plans all the same, as it is on the page.
  await page.click("text=Compare…");
  await page.locator(".compare").waitFor();
  const sides = await page.$$eval('[name="compare.first"] option', (os) => os.map((o) => o.textContent));
  assert.ok(sides.includes("First plan (copy) (open)") && sides.includes("First plan"), `${sides}`);
  await page.selectOption('[name="compare.first"]', "open");
  await page.selectOption('[name="compare.second"]', first);
  await page.locator(".compare-counts", { hasText: / 1 fields? differs?\./ }).waitFor();
  await page.click(".compare [data-action='close']");

  // Leaving the copy, which is in no storage, is refused with the reason and the ways out.
  await page.selectOption("#plan-select", first);
  await page.waitForSelector(".notice:has-text('Still on this plan')");
  assert.equal(await page.inputValue('[name="meta.name"]'), "First plan (copy)");
  assert.equal(await shown(), "First plan (copy) (not saved)", "the menu stays on the copy");

  // With room again, leaving stores the copy first.
  await freeStorage(page, filler);
  await page.selectOption("#plan-select", first);
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "First plan");
  const names = await page.$$eval("#plan-select option", (os) => os.map((o) => o.textContent));
  assert.ok(names.includes("First plan (copy)"), `the copy is stored: ${names}`);
  assert.ok(!names.some((n) => n.includes("not saved")), `nothing in the menu is left unsaved: ${names}`);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Closes the tab as a user would, and says whether the browser asked first ("Leave site?"). */
async function closeAsks(page) {
  let asked = false;
  page.on("dialog", async (dialog) => {
    asked = dialog.type() === "beforeunload";
    await dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await new Promise((r) => setTimeout(r, 300));
  return { asked, closed: page.isClosed() };
}

/** Whether the page listens for "beforeunload": only while its plan is not saved, as Firefox
 * keeps no page that listens in its back/forward cache. */
async function listensForClose(page) {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send("Runtime.evaluate", { expression: "window" });
  const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
  await cdp.detach();
  return listeners.some((l) => l.type === "beforeunload");
}

test("closing a tab whose work is in no storage asks first; a saved one closes at once", async () => {
  const context = await browser.newContext();
  const saved = await tab(context);
  await saved.page.fill('[name="meta.name"]', "Saved plan");
  await waitStatus(saved.page, /^Saved/);
  assert.equal(await listensForClose(saved.page), false, "saved: no listener");
  assert.deepEqual(await closeAsks(saved.page), { asked: false, closed: true });

  const full = await tab(context);
  const filler = await fillStorage(full.page);
  await full.page.fill('[name="meta.company"]', "Typed while storage is full, and longer than before");
  await waitStatus(full.page, /^Not saved/);
  assert.equal(await listensForClose(full.page), true, "storage full: listens");
  assert.deepEqual(await closeAsks(full.page), { asked: true, closed: false }, "storage full");
  await freeStorage(full.page, filler);
  await full.page.fill('[name="meta.company"]', "Typed once there is room");
  await waitStatus(full.page, /^Saved/);
  assert.equal(await listensForClose(full.page), false, "stored after all: no listener");
  assert.deepEqual(await closeAsks(full.page), { asked: false, closed: true }, "stored after all");
  assert.deepEqual(full.errors, []);

  const blocked = await browser.newContext();
  await blocked.addInitScript(blockStorage);
  const memory = await tab(blocked);
  await memory.page.fill('[name="meta.name"]', "Kept in this tab only");
  // With no storage the plan on the page still compares (with its own snapshot here).
  await memory.page.click("text=Compare…");
  await memory.page.locator(".compare").waitFor();
  const sides = await memory.page.$$eval('[name="compare.second"] option', (os) => os.map((o) => o.textContent));
  assert.ok(sides.includes("Kept in this tab only (open)"), `${sides}`);
  assert.equal(await listensForClose(memory.page), true, "no storage: listens");
  assert.deepEqual(await closeAsks(memory.page), { asked: true, closed: false }, "no storage");
  await blocked.close();
  await context.close();
});

test("closing a tab with an entry that was not taken asks first; fixing it lets the tab close at once", async () => {
  const context = await browser.newContext();
  const { page, errors } = await tab(context);
  const cost = '[name="technical.roadmap.phase1.cost_month"]';
  await page.fill(cost, "2");
  await page.$eval(cost, (e) => e.blur());
  await waitStatus(page, /^Saved/);
  // A decimal comma is refused with a hint; the plan keeps 2, and what was typed is only on screen.
  await page.fill(cost, "2,5");
  await page.locator(".error-summary", { hasText: "use a dot" }).waitFor();
  assert.equal(await listensForClose(page), true, "an entry not taken: listens");
  await page.fill(cost, "2.5");
  await page.locator(".error-summary").waitFor({ state: "detached" });
  await waitStatus(page, /^Saved/);
  assert.equal(await listensForClose(page), false, "fixed: no listener");
  await page.fill(cost, "2,5");
  await page.locator(".error-summary").waitFor();
  assert.deepEqual(await closeAsks(page), { asked: true, closed: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test("an Undo or a refused entry belongs to the plan it was made in, not to the next one opened", async () => {
  const context = await browser.newContext();
  const { page, errors } = await tab(context);
  await page.fill('[name="meta.name"]', "Plan B");
  const planB = await page.inputValue("#plan-select");
  const northwind = JSON.parse(NORTHWIND_TEXT);
  northwind.version = 2;
  const scores = ({ critical_gaps, strengths, ...groups }) => groups;
  const alice = { name: "Alice", received_at: "2026-12-01T10:00:00Z", readiness: scores(northwind.readiness), assessment: scores(northwind.assessment) };
  northwind.team = { workshop: "", responses: [alice] };
  await importFile(page, "a.json", JSON.stringify(northwind));
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "Northwind 2027 scaling plan");
  const planA = await page.inputValue("#plan-select");

  // In plan A: a row removed, a snapshot deleted, a response removed, an amount refused.
  await page.click('button[aria-label="Remove bottleneck 1"]');
  await page.locator(".undo", { hasText: "Removed bottleneck 1" }).waitFor();
  await page.locator("#snapshots .snapshot button", { hasText: "Delete" }).first().click();
  await page.locator(".undo", { hasText: "Deleted snapshot" }).waitFor();
  await page.click("summary:has-text('Collect team scores')");
  await page.click('button[aria-label="Remove Alice"]');
  await page.locator("#undo-remove").waitFor();
  const cost = '[name="automation.hourly_cost"]';
  await page.fill(cost, "abc");
  await page.locator(".error-summary").waitFor();

  // Plan B opened: none of it shows there, and nothing of A's comes in.
  await page.selectOption("#plan-select", planB);
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "Plan B");
  assert.deepEqual(await page.locator(".undo").allTextContents(), [], "no Undo of plan A's removals");
  assert.equal(await page.locator("#undo-remove").isVisible(), false);
  assert.equal(await page.inputValue(cost), "", "plan A's refused entry is not in plan B's field");
  assert.equal(await page.locator(".error-summary").count(), 0);
  assert.notEqual(await page.getAttribute(cost, "aria-invalid"), "true");
  const stored = await item(page, `scaling-planner:plan:${planB}`);
  for (const ofA of ["PostgreSQL", "Alice", "Before seed extension"]) assert.ok(!stored.includes(ofA), ofA);

  // Back in plan A, its removals stand (the Undo was given up with the plan).
  await page.selectOption("#plan-select", planA);
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "Northwind 2027 scaling plan");
  assert.equal(await page.locator('[name^="technical.bottlenecks."][name$=".name"]').count(), 2);
  assert.equal(await page.locator(".undo").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
