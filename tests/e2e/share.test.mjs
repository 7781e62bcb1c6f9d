// Share links: the whole plan in the URL fragment, opened read-only in another browser, saved
// as a new plan only when the user says so; a cut link gets a message and stores nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { serve, launch } from "./harness.mjs";
import { expected, expectedFigures as figures } from "./northwind.mjs";

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve("/scaling-planner/");
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const stored = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("scaling-planner:plan:")));

async function fresh() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, errors };
}

/** The northwind example's share link, made by the app. */
async function northwindLink() {
  const { context, page, errors } = await fresh();
  await page.goto(server.url);
  await page.waitForSelector("[data-figure]");
  await page.click("text=New from example");
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "Northwind 2027 scaling plan");
  await page.click("text=Copy share link");
  const shown = page.locator('[data-share="plan-link"]');
  await shown.waitFor();
  const link = await shown.getAttribute("data-value");
  const box = await page.locator(".share-box").innerText();
  assert.match(box, new RegExp(`${link.length.toLocaleString("en-US")} characters`));
  assert.match(box, /cut links longer than about 2,000 characters/);
  assert.ok(await page.locator(".share-box button", { hasText: "Export JSON" }).isVisible());
  // Editing the plan makes the link out of date: it goes.
  await page.fill('[name="meta.company"]', "Northwind Analytics Ltd");
  await shown.waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
  await context.close();
  return link;
}

const ownPlans = (page) =>
  page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith("scaling-planner:plan:")).sort()));

/** A browser with a plan of its own, stored, then northwind's share link opened in it. */
async function ownPlanThenLink() {
  const link = await northwindLink();
  const { context, page, errors } = await fresh();
  await page.goto(server.url);
  await page.waitForSelector("[data-figure]");
  await page.fill('[name="meta.name"]', "My own plan");
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes("My own plan")));
  const before = await ownPlans(page);
  await page.goto(link);
  await page.locator(".shared-bar", { hasText: "Northwind" }).waitFor();
  return { context, page, errors, before };
}

test("a plan shared by link opens read-only with every figure, its controls shown unusable, stores nothing until saved, then is a new plan", async () => {
  const link = await northwindLink();
  assert.ok(link.startsWith(`${server.url}#plan=1`), link.slice(0, 80));
  assert.ok(link.length < 8000, `${link.length} characters`);

  const { context, page, errors } = await fresh();
  await page.goto(link);
  await page.locator(".shared-bar", { hasText: "Shared plan: Northwind 2027 scaling plan" }).waitFor();
  await page.waitForSelector('[data-figure="readiness.overall"]');
  assert.deepEqual(await figures(page), expected.figures);
  assert.deepEqual(await stored(page), [], "nothing stored while it is only shown");
  assert.ok(await page.locator('[name="meta.company"]').isDisabled(), "read-only");
  assert.equal(await page.inputValue('[name="meta.company"]'), "Northwind Analytics");
  // Its buttons that cannot be used look so, not as ready to press as the bar's.
  const look = (name) => page.locator("button", { hasText: name }).first().evaluate((b) => [b.matches(":disabled"), getComputedStyle(b).opacity, getComputedStyle(b).cursor]);
  assert.deepEqual(await look("Add responses"), [true, "0.5", "not-allowed"]);
  assert.deepEqual(await look("Use team medians"), [true, "0.5", "not-allowed"]);
  assert.deepEqual(await look("Save as new plan"), [false, "1", "pointer"]);

  await page.click("text=Save as new plan");
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]')?.value === "Northwind 2027 scaling plan" && !document.querySelector(".shared-bar"));
  assert.equal(new URL(page.url()).hash, "", "the fragment is cleared");
  await page.locator(".notice", { hasText: "as a new plan" }).waitFor();
  await page.waitForSelector("#snapshots"); // the last part of the page to be built
  assert.deepEqual(await figures(page), expected.figures);
  assert.ok(!(await page.locator('[name="meta.company"]').isDisabled()), "editable once saved");
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith("scaling-planner:plan:") && localStorage[k].includes("Northwind Analytics")));
  assert.deepEqual(errors, []);
  await context.close();
});

test("dismissing a shared plan leaves the stored plans as they were", async () => {
  const { context, page, errors, before } = await ownPlanThenLink();
  await page.click("text=Dismiss");
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]')?.value === "My own plan");
  assert.equal(new URL(page.url()).hash, "");
  assert.equal(await ownPlans(page), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a shared plan compares with the user's own plans, and is not stored by comparing", async () => {
  const { context, page, errors, before } = await ownPlanThenLink();
  await page.click("text=Compare with my plans");
  await page.locator(".compare").waitFor();
  assert.equal(new URL(page.url()).hash, "", "the fragment is cleared");
  assert.equal(await page.inputValue('[name="compare.first"]'), "open");
  assert.match(await page.locator('[name="compare.second"] option:checked').innerText(), /^Link: Northwind 2027 scaling plan$/);
  assert.match(await page.locator(".compare-table tr", { hasText: "Overall scaling readiness" }).first().innerText(), /30\.3/);
  assert.equal(await page.locator("[data-figure^='compare.']").count(), 52);
  assert.equal(await ownPlans(page), before, "comparing stores nothing");
  // Back returns to the shared plan, which can then be saved after all.
  await page.goBack();
  await page.locator(".shared-bar", { hasText: "Shared plan: Northwind 2027 scaling plan" }).waitFor();
  await page.click("text=Save as new plan");
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]')?.value === "Northwind 2027 scaling plan");
  assert.equal(JSON.parse(await ownPlans(page)).length, JSON.parse(before).length + 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a cut link gets a message and stores nothing; a newer one says so", async () => {
  const link = await northwindLink();
  const { context, page, errors } = await fresh();
  await page.goto(link.slice(0, -10));
  await page.locator(".shared-bar.refused", { hasText: "damaged or cut off" }).waitFor();
  assert.equal(await page.locator("[data-figure]").count(), 0);
  assert.deepEqual(await stored(page), []);
  assert.equal(await page.locator("h1").innerText(), "Scaling Planner", "the page says whose it is");
  // Cut right after its kind: damaged too, not the user's own plans as if no link were there.
  for (const cut of ["#plan", "#PLAN"]) {
    await page.goto(link.replace(/#.*/, cut));
    await page.locator(".shared-bar.refused", { hasText: "damaged or cut off" }).waitFor();
  }

  // Only the fragment changes: the app loads the page again to open it.
  await page.goto(link.replace("#plan=1", "#plan=2"));
  await page.locator(".shared-bar.refused", { hasText: "newer version" }).waitFor();
  assert.deepEqual(await stored(page), []);

  await page.click("text=Go to my plans");
  await page.waitForSelector('[data-figure="readiness.overall"]');
  assert.equal(new URL(page.url()).hash, "");
  assert.deepEqual(errors, []);
  await context.close();
});

/** A share link for `plan` as the app makes one: FNV-1a of the JSON, then the JSON deflated, in URL-safe base64. */
function linkFor(plan) {
  const json = Buffer.from(JSON.stringify(plan, null, 2));
  let hash = 0x811c9dc5;
  for (const b of json) hash = Math.imul(hash ^ b, 0x01000193) >>> 0;
  const check = Buffer.alloc(4);
  check.writeUInt32BE(hash);
  return `${server.url}#plan=1${Buffer.concat([check, deflateRawSync(json)]).toString("base64url")}`;
}

test("on a phone the shared plan's bar stays small as the page scrolls, its buttons named in full, and its summary opens", async () => {
  const link = await northwindLink();
  const { context, page, errors } = await fresh();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(link);
  const bar = page.locator(".shared-bar", { hasText: "Shared plan: Northwind 2027 scaling plan" });
  await bar.waitFor();
  await page.evaluate(() => scrollTo(0, 3000));
  const box = await bar.boundingBox();
  assert.ok(box.y <= 0 && box.height <= 110, `stays at the top, ${box.height} px of 844`);
  for (const name of ["Save as new plan", "Compare with my plans", "Dismiss"]) {
    assert.ok(await page.getByRole("button", { name, exact: true }).isVisible(), name);
  }
  // Its summary bar, at the bottom, opens to the plan's scores and warnings: reading, not editing.
  const toggle = page.locator(".summary-toggle");
  assert.deepEqual(await toggle.evaluate((b) => [b.matches(":disabled"), getComputedStyle(b).opacity]), [false, "1"]);
  await toggle.click();
  await page.locator(".summary-body", { hasText: "Strategy assessment" }).waitFor();
  assert.ok(await page.locator('[name="meta.company"]').isDisabled(), "its fields stay read-only");
  assert.ok(await page.locator('[name="readiness.product.feature_completeness"]').isDisabled());
  assert.deepEqual(errors, []);
  await context.close();
});

test("a link whose '=' a mail app encoded opens the plan all the same", async () => {
  const link = await northwindLink();
  const { context, page, errors } = await fresh();
  await page.goto(link.replace("#plan=", "#plan%3D"));
  await page.locator(".shared-bar", { hasText: "Shared plan: Northwind 2027 scaling plan" }).waitFor();
  assert.equal(new URL(page.url()).hash, new URL(link).hash, "the address holds the link as it was made");
  assert.deepEqual(await stored(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a link with a mark after it (in brackets, or ending a sentence) opens the plan all the same", async () => {
  const link = await northwindLink();
  const { context, page, errors } = await fresh();
  for (const after of [")", ".", ">"]) {
    await page.goto("about:blank");
    await page.goto(link + after);
    await page.locator(".shared-bar", { hasText: "Shared plan: Northwind 2027 scaling plan" }).waitFor();
  }
  assert.deepEqual(await stored(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a link whose plan breaks a rule names the field", async () => {
  const plan = JSON.parse(readFileSync(new URL("../fixtures/northwind.json", import.meta.url), "utf8"));
  plan.readiness.product.feature_completeness = 11;
  const { context, page, errors } = await fresh();
  await page.goto(linkFor(plan));
  const said = await page.locator(".shared-bar.refused").innerText();
  assert.match(said, /cannot be opened: readiness\.product\.feature_completeness: 11 is above the maximum of 10\./);
  assert.deepEqual(await stored(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a shared plan keeps its link in the address as the reader moves about it; Back to the app's address opens the user's plans", async () => {
  const { context, page, errors } = await ownPlanThenLink();
  const link = page.url();
  await page.click('.toc a[href="#talent"]');
  await page.waitForFunction(() => Math.abs(document.getElementById("talent").getBoundingClientRect().top) < 400);
  assert.equal(page.url(), link, "the section menu leaves the link in the address");

  // Back to the address the user came from: their own plan, not the shared one under it.
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]')?.value === "My own plan");
  assert.equal(new URL(page.url()).hash, "");
  assert.equal(await page.locator(".shared-bar").count(), 0);

  // As a link within the page does (a warning's field): the link is put back once followed.
  await page.goto(link);
  await page.locator(".shared-bar", { hasText: "Shared plan: Northwind" }).waitFor();
  await page.evaluate(() => (location.hash = "talent"));
  await page.waitForFunction((link) => location.href === link, link);
  assert.equal(await page.locator(".shared-bar", { hasText: "Shared plan" }).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a plan's link leaves its blanks out: a plan just begun has a short link, with no warning, and opens as it was", async () => {
  const { context, page, errors } = await fresh();
  await page.goto(server.url);
  await page.waitForSelector("[data-figure]");
  await page.fill('[name="meta.name"]', "Just begun");
  await page.fill('[name="readiness.product.feature_completeness"]', "7");
  await page.click("text=Copy share link");
  const shown = page.locator('[data-share="plan-link"]');
  await shown.waitFor();
  const link = await shown.getAttribute("data-value");
  assert.ok(link.length < 1000, `${link.length} characters`);
  assert.doesNotMatch(await page.locator(".share-box").innerText(), /cut links/);

  const other = await fresh();
  await other.page.goto(link);
  await other.page.locator(".shared-bar", { hasText: "Shared plan: Just begun" }).waitFor();
  assert.equal(await other.page.inputValue('[name="readiness.product.feature_completeness"]'), "7");
  assert.equal(await other.page.inputValue('[name="technical.capacity.concurrent_users"]'), "");
  assert.equal(await other.page.locator('[name^="technical.bottlenecks."][name$=".name"]').count(), 3, "its blank rows too");
  assert.deepEqual([...errors, ...other.errors], []);
  await other.context.close();
  await context.close();
});

test("a link that would inflate to a hundred megabytes is refused without the page ever holding them", async () => {
  const bomb = deflateRawSync(Buffer.alloc(100 * 1024 * 1024, 32), { level: 9 });
  const link = `${server.url}#plan=1${Buffer.concat([Buffer.alloc(4), bomb]).toString("base64url")}`;
  const { context, page, errors } = await fresh();
  await page.goto(link);
  await page.locator(".shared-bar.refused", { hasText: "larger than the 2 MiB a plan may be" }).waitFor();
  const heap = await page.evaluate(() => performance.memory.usedJSHeapSize);
  assert.ok(heap < 40 * 1024 * 1024, `${(heap / 1024 / 1024).toFixed(0)} MB of script memory in use`);
  assert.deepEqual(await stored(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
