// Plans that are never lost: reload, export and import, malformed files, two tabs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve, launch, openApp, figure, importFile, openPreview, blockStorage } from "./harness.mjs";
import { northwind, leaves, fillPlan } from "./northwind.mjs";

const NORTHWIND_TEXT = readFileSync(new URL("../fixtures/northwind.json", import.meta.url), "utf8");
// The example as this app writes it: version 2, with an empty team.
const NORTHWIND_V2 = readFileSync(new URL("../fixtures/northwind.v2.json", import.meta.url), "utf8");

let server, browser;
before(async () => {
  server = await serve("/");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const stored = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));


async function exportJson(page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Export JSON")]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, "utf8") };
}

const withoutUpdatedAt = (text) => text.replace(/"updated_at": "[^"]*"/, '"updated_at": ""');

test("a reload keeps every field", async () => {
  const { page, errors } = await openApp(browser, server.url);
  await fillPlan(page);
  await page.waitForSelector(".save-state .saved:text-matches('^Saved')");
  await page.reload();
  await page.waitForSelector("[data-figure]");
  const wrong = [];
  for (const [path, value] of leaves(northwind)) {
    const shown = await page.$eval(`[name="${path}"]`, (e) => e.value);
    const want = value === null ? "" : String(value);
    if (shown.replaceAll(",", "") !== want.replaceAll(",", "") && shown !== want) wrong.push(`${path}: ${shown} ≠ ${want}`);
  }
  assert.deepEqual(wrong, []);
  assert.equal(await figure(page, "automation.roi"), String(5720 / 600));
  assert.deepEqual(errors, []);
  await page.close();
});

test("export then import gives the same bytes apart from updated_at (a version 1 file comes back as version 2)", async () => {
  const { page, errors } = await openApp(browser, server.url);
  await importFile(page, "northwind.json", NORTHWIND_TEXT);
  await page.waitForSelector(".notice.info:has-text('Imported')");
  assert.equal(await figure(page, "readiness.overall"), "30.25");
  const first = await exportJson(page);
  assert.equal(first.name, "northwind-2027-scaling-plan.scaling-plan.json");
  assert.equal(withoutUpdatedAt(first.text), withoutUpdatedAt(NORTHWIND_V2));
  await importFile(page, first.name, first.text);
  await page.waitForFunction(() => document.querySelectorAll("#plan-select option").length === 3);
  const second = await exportJson(page);
  assert.equal(withoutUpdatedAt(second.text), withoutUpdatedAt(NORTHWIND_V2));
  assert.match(await page.textContent(".save-state"), /Last exported \d{4}-\d\d-\d\d/);
  assert.deepEqual(errors, []);
  await page.close();
});

const base = () => JSON.parse(NORTHWIND_TEXT);
const malformed = [
  ["empty.json", "", "not valid JSON"],
  ["truncated.json", NORTHWIND_TEXT.slice(0, 500), "not valid JSON"],
  ["array.json", "[1, 2, 3]", "found a list, expected an object"],
  ["other-format.json", JSON.stringify({ format: "kanban", version: 1 }), 'format: not a scaling plan file: found the text "kanban"'],
  ["no-format.json", JSON.stringify({ version: 1 }), 'the "format" key is missing'],
  ["future.json", JSON.stringify({ ...base(), version: 3 }), "this file is version 3, but this app reads plan files up to version 2"],
  ["score-11.json", (() => { const p = base(); p.readiness.product.feature_completeness = 11; return JSON.stringify(p); })(), "readiness.product.feature_completeness: 11 is above the maximum of 10"],
  ["fraction.json", (() => { const p = base(); p.assessment.strategic.risk_management = 5.5; return JSON.stringify(p); })(), "assessment.strategic.risk_management: 5.5 is not a whole number"],
  ["negative.json", (() => { const p = base(); p.talent.positions[1].salary_max = -5; return JSON.stringify(p); })(), "talent.positions.1.salary_max: -5 is below the minimum of 0"],
  ["unknown-key.json", (() => { const p = base(); p.readiness.product.speed = 3; return JSON.stringify(p); })(), 'readiness.product.speed: "speed" is not a known key'],
  ["wrong-type.json", (() => { const p = base(); p.technical.capacity.concurrent_users = "lots"; return JSON.stringify(p); })(), 'technical.capacity.concurrent_users: found the text "lots"'],
  ["too-many-rows.json", (() => { const p = base(); p.organization.core_values = Array(21).fill("x"); return JSON.stringify(p); })(), "organization.core_values: the list has 21 rows, more than the 20 allowed"],
  ["long-text.json", (() => { const p = base(); p.data.storage.data_lake = "x".repeat(5001); return JSON.stringify(p); })(), "data.storage.data_lake: the text has 5001 characters, more than the 5000 allowed"],
  ["priority.json", (() => { const p = base(); p.talent.positions[0].priority = "urgent"; return JSON.stringify(p); })(), 'talent.positions.0.priority: found the text "urgent"'],
  ["percent.json", (() => { const p = base(); p.talent.channels.job_boards = 150; return JSON.stringify(p); })(), "talent.channels.job_boards: 150 is above the maximum of 100"],
  ["currency.json", (() => { const p = base(); p.meta.currency = "dollars"; return JSON.stringify(p); })(), 'meta.currency: found the text "dollars"'],
  ["month.json", (() => { const p = base(); p.organization.leadership.cto.hire_month = 0; return JSON.stringify(p); })(), "organization.leadership.cto.hire_month: 0 is below the minimum of 1"],
  ["huge.json", " ".repeat(2 * 1024 * 1024 + 1), "larger than the 2 MiB a plan file may be"],
  ["binary.json", "\u0000\u0001\u0002garbage", "not valid JSON"],
  ["latin1.json", Buffer.from(JSON.stringify({ ...base(), meta: { ...base().meta, company: "Nörthwind Änalytics" } }), "latin1"), "not UTF-8 text"],
  ["script.json", '<script>alert("x")</script>', "not valid JSON"],
];

test(`${malformed.length} malformed files each get their message and change nothing`, async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.fill('[name="readiness.product.feature_completeness"]', "7");
  await page.waitForSelector(".save-state .saved:text-matches('^Saved')");
  const before = await stored(page);
  const figureBefore = await figure(page, "readiness.product");
  for (const [name, text, message] of malformed) {
    await importFile(page, name, text);
    const alert = page.locator("[data-notice][role='alert']");
    await alert.waitFor();
    await page.waitForFunction((n) => document.querySelector("[data-notice][role='alert']")?.textContent.includes(n), name);
    const shown = await alert.textContent();
    assert.ok(shown.includes(`Could not import ${name}`), `${name}: ${shown}`);
    assert.ok(shown.includes(message), `${name}: expected “${message}” in “${shown}”`);
    assert.ok(shown.includes("Nothing was changed"), name);
    assert.deepEqual(await stored(page), before, `${name} changed storage`);
    assert.equal(await figure(page, "readiness.product"), figureBefore);
    assert.equal(await page.locator("#plan-select option").count(), 1);
  }
  assert.equal(await page.locator("script:has-text('alert')").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("pasting JSON text imports it as a new plan", async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.click("text=Paste JSON");
  await page.fill("#paste-json", NORTHWIND_TEXT);
  await page.click("text=Import pasted JSON");
  await openPreview(page);
  await page.waitForFunction(() => document.querySelectorAll("#plan-select option").length === 2);
  assert.equal(await figure(page, "assessment.overall"), "61.25");
  assert.deepEqual(errors, []);
  await page.close();
});

/** Two tabs of one browser profile, so they share localStorage. */
async function twoTabs() {
  const context = await browser.newContext();
  const a = await context.newPage();
  await a.goto(server.url);
  await a.waitForSelector("[data-figure]");
  const b = await context.newPage();
  await b.goto(server.url);
  await b.waitForSelector("[data-figure]");
  return { context, a, b };
}

test("two tabs editing the same plan never lose an edit", async () => {
  const { context, a, b } = await twoTabs();
  assert.equal(await a.inputValue("#plan-select"), await b.inputValue("#plan-select"), "both tabs open the same plan");

  await a.fill('[name="meta.company"]', "Northwind Analytics");
  await b.waitForFunction(() => document.querySelector('[name="meta.company"]').value === "Northwind Analytics");
  assert.ok(await b.locator("text=Changes from another tab were brought in").count());

  await a.fill('[name="meta.name"]', "Edited in A");
  await b.fill('[name="roadmap.metrics.market_position"]', "Edited in B");
  // Both edits reach storage (each after the autosave pause), however slow the machine.
  await a.waitForFunction(() => {
    const all = Object.keys(localStorage).map((k) => localStorage.getItem(k)).join("\n");
    return all.includes('"name": "Edited in A"') && all.includes('"market_position": "Edited in B"');
  });
  for (const page of [a, b]) {
    await page.waitForFunction(
      () =>
        document.querySelector('[name="meta.name"]').value === "Edited in A" &&
        document.querySelector('[name="roadmap.metrics.market_position"]').value === "Edited in B",
    );
  }
  for (const page of [a, b]) {
    assert.equal(await page.inputValue('[name="meta.name"]'), "Edited in A", "both tabs show both edits");
    assert.equal(await page.inputValue('[name="roadmap.metrics.market_position"]'), "Edited in B");
  }
  const all = Object.values(await stored(a)).join("\n");
  assert.ok(all.includes('"name": "Edited in A"'), "A's edit stays stored");
  assert.ok(all.includes('"market_position": "Edited in B"'), "B's edit stays stored");
  await context.close();
});

test("blocked storage: the app works in memory and says so", async () => {
  const context = await browser.newContext();
  await context.addInitScript(blockStorage);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(server.url);
  await page.waitForSelector("[data-figure]");
  const banner = await page.textContent("[role='alert'] > .notice.error");
  assert.match(banner, /not letting the app store plans/);
  assert.match(banner, /Export JSON/);
  await page.fill('[name="readiness.product.feature_completeness"]', "9");
  assert.equal(await figure(page, "readiness.product"), "2.25");
  await page.waitForSelector(".save-state:has-text('Kept in this tab only')");
  const { text } = await exportJson(page);
  assert.match(text, /"feature_completeness": 9/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("dropping a plan file on the page imports it; Export Markdown downloads the document", async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "dropped.json", { type: "application/json" }));
    window.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, NORTHWIND_TEXT);
  await openPreview(page);
  await page.waitForSelector(".notice.info:has-text('Imported')");
  assert.equal(await figure(page, "technical.spend_18_months"), "333000");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Export Markdown")]);
  assert.equal(download.suggestedFilename(), "northwind-2027-scaling-plan.scaling-plan.md");
  const md = readFileSync(await download.path(), "utf8");
  assert.match(md, /^# Northwind 2027 scaling plan/);
  assert.match(md, /\| ROI \| 9\.53:1 \|/);
  // The exercises over their sections, as on the page; bands in words.
  assert.match(md, /\n## Exercise 29A: Infrastructure & Technology Scaling\n\n_25 minutes_\n\n### Challenge 1: /);
  assert.match(md, /- Scaling readiness: 30\.3 \/50 \(Emerging\)/);
  // A name in other letters keeps them in the file's name.
  await page.fill('[name="meta.name"]', "Plan für Köln 東京");
  const [named] = await Promise.all([page.waitForEvent("download"), page.click("text=Export Markdown")]);
  assert.equal(named.suggestedFilename(), "plan-für-köln-東京.scaling-plan.md");
  assert.deepEqual(errors, []);
  await page.close();
});

test("two tabs typing at the same moment lose nothing: other fields merge, the same field keeps both versions", async () => {
  // Each tab autosaves before the browser has handed it the other's write: a write in one tab
  // reaches the others a moment later.
  const company = (page) => page.inputValue('[name="meta.company"]');
  const type = (page, name, text) =>
    page.evaluate(([name, text]) => {
      const input = document.querySelector(`[name="${name}"]`);
      input.value = text;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }, [name, text]);
  const kept = (page) =>
    page.evaluate(() =>
      Object.entries(localStorage)
        .filter(([key]) => key.startsWith("scaling-planner:plan:"))
        .map(([, text]) => JSON.parse(text))
        .map((plan) => `${plan.meta.company}|${plan.roadmap.metrics.market_position}`)
        .sort(),
    );
  {
    const { context, a, b } = await twoTabs();
    await Promise.all([type(a, "meta.company", "Typed in A"), type(b, "roadmap.metrics.market_position", "Typed in B")]);
    for (const page of [a, b]) {
      await page.waitForFunction(() => document.querySelector('[name="meta.company"]').value === "Typed in A" && document.querySelector('[name="roadmap.metrics.market_position"]').value === "Typed in B");
    }
    await a.waitForTimeout(1000);
    assert.deepEqual(await kept(a), ["Typed in A|Typed in B"], "one plan with both edits, no copy");
    await context.close();
  }
  {
    const { context, a, b } = await twoTabs();
    await Promise.all([type(a, "meta.company", "Typed in A"), type(b, "meta.company", "Typed in B")]);
    // One tab's version stays in the plan; the other's is kept as a plan of its own, and each
    // tab says which it shows and where the other went.
    await Promise.all([
      Promise.race([a, b].map((page) => page.locator(".notice", { hasText: "yours was saved as" }).waitFor())),
      Promise.race([a, b].map((page) => page.locator(".notice", { hasText: "the other tab's version was saved as" }).waitFor())),
    ]);
    await a.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith("scaling-planner:plan:")).length === 2);
    assert.deepEqual(await kept(a), ["Typed in A|", "Typed in B|"]);
    assert.equal(await company(a), await company(b), "both tabs show the version kept in the plan");
    for (const page of [a, b]) {
      const [, copy] = (await page.locator(".notice", { hasText: "(other tab's version)" }).innerText()).match(/“(.+?)”/);
      await page.waitForFunction((copy) => [...document.querySelectorAll("#plan-select option")].some((o) => o.textContent.includes(copy)), copy);
    }
    await context.close();
  }
});

test("two plans deleted one after the other come back with two Undos, the latest first", async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.fill('[name="meta.name"]', "First plan");
  await page.click("text=New plan");
  await page.waitForFunction(() => document.querySelectorAll("#plan-select option").length === 2);
  await page.fill('[name="meta.name"]', "Second plan");
  const remove = async () => {
    await page.click("text=Delete…");
    await page.click(".confirm >> text=Delete");
  };
  await remove();
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "First plan");
  await remove();
  const notice = page.locator(".notice", { hasText: "Deleted “First plan”" });
  await notice.waitFor();
  assert.match(await notice.innerText(), /then “Second plan”, deleted before it/);
  await notice.locator("text=Undo").click();
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "First plan");
  await page.locator(".notice", { hasText: "Deleted “Second plan”" }).locator("text=Undo").click();
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "Second plan");
  assert.equal(await page.locator(".notice", { hasText: "Deleted" }).count(), 0);
  await page.reload();
  await page.waitForSelector("[data-figure]");
  const options = await page.$$eval("#plan-select option", (os) => os.map((o) => o.textContent.trim()));
  for (const name of ["First plan", "Second plan"]) assert.ok(options.some((o) => o.includes(name)), `${name} in ${options}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the plan menu names the open plan when a rename or a new plan changes its order", async () => {
  const { page, errors } = await openApp(browser, server.url);
  const shown = () => page.$eval("#plan-select", (s) => s.selectedOptions[0]?.textContent.trim());
  const names = async (name) => {
    await page.waitForFunction((name) => document.querySelector("#plan-select").selectedOptions[0]?.textContent.trim() === name, name, { timeout: 5_000 }).catch(() => {});
    await page.waitForTimeout(400);
    assert.equal(await shown(), name, `the menu names “${name}”, the open plan`);
  };
  await page.fill('[name="meta.name"]', "A");
  await page.click("text=New plan");
  await page.fill('[name="meta.name"]', "B");
  await names("B");
  await page.click("text=New plan");
  await page.fill('[name="meta.name"]', "C");
  await names("C");
  await page.selectOption("#plan-select", { label: "A" });
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "A");
  await page.fill('[name="meta.name"]', "A renamed");
  await names("A renamed");
  assert.deepEqual(await page.$$eval("#plan-select option", (os) => os.map((o) => o.textContent.trim())), ["A renamed", "C", "B"]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("Delete… by keyboard: focus goes to Keep, then back to Delete…, and after deleting to the notice's Undo", async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.fill('[name="meta.name"]', "To delete");
  const focused = () => page.evaluate(() => document.activeElement?.textContent.trim());
  const press = async (selector, expected) => {
    await page.focus(selector);
    await page.keyboard.press("Enter");
    await page.waitForFunction((text) => document.activeElement?.textContent.trim() === text, expected, { timeout: 5_000 }).catch(() => {});
    assert.equal(await focused(), expected, `after ${selector}`);
  };
  await press("#delete-plan", "Keep");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "delete-plan");
  await press("#delete-plan", "Keep");
  await page.keyboard.press("Shift+Tab");
  assert.equal(await focused(), "Delete");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "undo-delete");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "To delete");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the plan menu follows a rename, in this tab and in another one", async () => {
  const { context, a, b } = await twoTabs();
  await a.click("text=New plan");
  await a.waitForFunction(() => document.querySelectorAll("#plan-select option").length === 2);
  await b.waitForFunction(() => document.querySelectorAll("#plan-select option").length === 2);
  const options = (page) => page.$$eval("#plan-select option", (os) => os.map((o) => o.textContent.trim()));

  await a.fill('[name="meta.name"]', "Renamed in A");
  await a.waitForFunction(() => [...document.querySelectorAll("#plan-select option")].some((o) => o.textContent.includes("Renamed in A")));
  assert.ok((await options(a))[0].includes("Renamed in A"), `A lists the renamed plan first: ${await options(a)}`);
  // In B the renamed plan is not the open one: B's menu learns of it from the storage event.
  await b.waitForFunction(() => [...document.querySelectorAll("#plan-select option")].some((o) => o.textContent.includes("Renamed in A")));
  assert.equal((await options(b)).length, 2);
  await context.close();
});

test("discarding one unreadable plan leaves the next one's notice closed: each takes its own two steps", async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.fill('[name="meta.name"]', "Mine");
  await page.waitForSelector(".save-state .saved:text-matches('^Saved')");
  await page.evaluate(() => {
    localStorage.setItem("scaling-planner:plan:p-x", "{not json at all");
    localStorage.setItem("scaling-planner:plan:p-y", '{"format":"scaling-plan","version":2,"meta":{"name":"Half plan"');
  });
  await page.reload();
  await page.waitForSelector("[data-figure]");
  const kept = async () => Object.keys(await stored(page)).filter((k) => k.includes(":recovery:")).sort();
  const notices = page.locator(".notice.error", { hasText: "could not be read" });
  await notices.nth(1).waitFor();
  assert.deepEqual(await kept(), ["scaling-planner:recovery:p-x", "scaling-planner:recovery:p-y"]);
  await notices.first().getByText("Discard it…").click();
  await notices.first().getByRole("button", { name: "Discard for good" }).press("Enter");
  await page.waitForFunction(() => document.querySelectorAll(".notice.error").length === 1);
  assert.equal((await kept()).length, 1);
  assert.deepEqual(await page.$$eval("details.confirm", (ds) => ds.map((d) => d.open)), [false], "the next one starts closed");
  // The keyboard is on the next notice's "Discard it…": a second Enter, at once, only opens it.
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Discard it…");
  await page.keyboard.press("Enter");
  await page.waitForTimeout(300);
  assert.equal((await kept()).length, 1);
  assert.deepEqual(await page.$$eval("details.confirm", (ds) => ds.map((d) => d.open)), [true]);
  assert.equal(await page.inputValue('[name="meta.name"]'), "Mine");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a stored plan that lists by its name but does not read is set aside when chosen; the open plan stays", async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.fill('[name="meta.name"]', "Mine");
  await page.waitForSelector(".save-state .saved:text-matches('^Saved')");
  // Its opening (format, version, meta) reads; its scores do not.
  const broken = NORTHWIND_V2.replace('"readiness": {', '"readiness": 7, "x": {');
  await page.evaluate((text) => localStorage.setItem("scaling-planner:plan:p-broken", text), broken);
  await page.reload();
  await page.waitForSelector('#plan-select option:text("Northwind 2027 scaling plan")', { state: "attached" });
  const mine = await page.$eval("#plan-select", (s) => s.value);
  await page.selectOption("#plan-select", "p-broken");
  await page.locator("[role='alert'] .notice.error", { hasText: "The stored plan “Northwind 2027 scaling plan” could not be read" }).waitFor();
  assert.equal(await page.$eval("#plan-select", (s) => s.value), mine, "the menu shows the open plan again");
  assert.equal(await page.inputValue('[name="meta.name"]'), "Mine");
  assert.deepEqual(await page.$$eval("#plan-select option", (os) => os.map((o) => o.value)), [mine]);
  const kept = await stored(page);
  assert.equal(kept["scaling-planner:recovery:p-broken"], broken, "its text is kept, untouched");
  assert.equal(kept["scaling-planner:plan:p-broken"], undefined);
  // Discarding it takes a second, deliberate step: the text is gone for good after it.
  const notice = page.locator(".notice.error", { hasText: "could not be read" });
  const discard = notice.getByRole("button", { name: "Discard for good" });
  assert.equal(await discard.isVisible(), false, "nothing is discarded by one click");
  await notice.getByText("Discard it…").click();
  assert.equal((await stored(page))["scaling-planner:recovery:p-broken"], broken, "still kept once asked");
  await discard.click();
  await notice.waitFor({ state: "detached" });
  assert.equal((await stored(page))["scaling-planner:recovery:p-broken"], undefined, "discarded");
  assert.equal(await page.inputValue('[name="meta.name"]'), "Mine");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a stored plan that lists by its name but does not read, and is the only one, is set aside at start and not listed", async () => {
  const context = await browser.newContext();
  const broken = NORTHWIND_V2.replace('"readiness": {', '"readiness": 7, "x": {');
  await context.addInitScript((text) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("scaling-planner:plan:p-broken", text);
      sessionStorage.setItem("seeded", "1");
    }
  }, broken);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(server.url);
  await page.locator(".notice.error", { hasText: "The stored plan “Northwind 2027 scaling plan” could not be read" }).waitFor();
  const options = await page.$$eval("#plan-select option", (os) => os.map((o) => o.textContent.trim()));
  assert.deepEqual(options, ["Untitled plan"], "only the new plan is listed");
  assert.equal((await stored(page))["scaling-planner:recovery:p-broken"], broken, "its text is kept, untouched");
  assert.deepEqual(errors, []);
  await context.close();
});
