// The example plan ships as a file next to the page (examples/northwind.json), not inside the
// wasm: "New from example" fetches it, offline from the service worker's cache; when it cannot be
// had, a notice says so and nothing changes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { serve, launch, dist, root, figure } from "./harness.mjs";

const FIXTURE = readFileSync(join(root, "tests/fixtures/northwind.json"));
const FILE = "examples/northwind.json";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Runs `body` with its own server and browser context, failing on any page error. */
async function withApp(options, body) {
  const server = await serve("/scaling-planner/");
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    await page.goto(server.url);
    await page.waitForSelector("[data-figure]");
    await body({ server, context, page });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
  }
}

const planCount = (page) => page.locator("#plan-select option").count();

async function openExample(page) {
  await page.click("text=New from example");
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "Northwind 2027 scaling plan");
  assert.equal(await page.inputValue('[name="meta.company"]'), "Northwind Analytics");
  assert.equal(await figure(page, "readiness.overall"), "30.25");
}

test("the build serves the example as a file, not in the first visit's download, and the wasm does not carry it", () => {
  assert.ok(readFileSync(join(dist, FILE)).equals(FIXTURE), `dist/${FILE} is tests/fixtures/northwind.json`);
  const worker = readFileSync(join(dist, "sw.js"), "utf8");
  const files = JSON.parse(worker.match(/const FILES ?= ?(\[.*?\]);/)[1]);
  assert.ok(!files.includes(`./${FILE}`), files.join(", "));
  assert.ok(!files.includes("./plan.schema.json"), files.join(", "));
  assert.ok(files.some((f) => f.endsWith(".wasm")), files.join(", "));
  const wasm = readdirSync(dist).filter((f) => f.endsWith(".wasm"));
  assert.equal(wasm.length, 1);
  const bytes = readFileSync(join(dist, wasm[0]));
  for (const text of ["Northwind Analytics", "Single-node database limits write throughput"]) {
    assert.equal(bytes.indexOf(text), -1, `the wasm contains “${text}”`);
  }
});

test("New from example opens the example from the served file, as a new plan", async () => {
  await withApp({}, async ({ server, page }) => {
    assert.equal(await planCount(page), 1);
    await openExample(page);
    assert.ok(server.requests.includes(`/scaling-planner/${FILE}`), server.requests.join(", "));
    assert.equal(await planCount(page), 2);
    const created = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => localStorage.getItem(k).includes("Northwind Analytics"));
      return JSON.parse(localStorage.getItem(key)).meta.created_at;
    });
    assert.notEqual(created, "2026-11-02T09:00:00Z", "the new plan is stamped with the time it was made");
  });
});

test("plans of one name are told apart in the plan menu and in Compare", async () => {
  await withApp({}, async ({ page }) => {
    await openExample(page);
    await openExample(page);
    await page.waitForFunction(() => document.querySelectorAll("#plan-select option").length === 3);
    const NAME = "Northwind 2027 scaling plan";
    const options = await page.$$eval("#plan-select option", (os) => os.map((o) => o.textContent.trim()));
    assert.deepEqual(options.filter((o) => o.startsWith("Northwind")).sort(), [NAME, `${NAME} (2)`]);
    const open = await page.$eval("#plan-select", (s) => s.selectedOptions[0].textContent.trim());
    assert.equal(open, `${NAME} (2)`, "the one made last, and open");
    await page.click("text=Compare…");
    const listed = await page.$$eval('[name="compare.second"] option', (os) => os.map((o) => o.textContent.trim()));
    assert.ok(listed.includes(`${NAME} (2) (open)`), listed.join(" | "));
    assert.ok(listed.includes(NAME), listed.join(" | "));
  });
});

test("once opened, the example opens offline from the service worker's cache", async () => {
  await withApp({}, async ({ server, context, page }) => {
    await page.waitForFunction(() => navigator.serviceWorker.controller);
    assert.equal(server.requests.filter((p) => p.endsWith(FILE)).length, 0, "not fetched until asked for");
    await openExample(page);
    const before = server.requests.filter((p) => p.endsWith(FILE)).length;
    assert.equal(before, 1);
    await page.waitForFunction(
      async (file) => (await caches.keys()).length > 0 && (await caches.match(file)) !== undefined,
      FILE,
    );
    await context.setOffline(true);
    await openExample(page);
    assert.equal(server.requests.filter((p) => p.endsWith(FILE)).length, before);
  });
});

test("when the example cannot be had, a notice says why and nothing changes", async () => {
  const cases = [
    ["not found", (server) => server.replace(FILE, () => "Not Found", 404), /server answered 404/],
    ["offline", async (server, context) => context.setOffline(true), /are you offline/],
    ["not a plan", (server) => server.replace(FILE, (text) => text.slice(0, 300)), /example plan file is not valid/],
  ];
  for (const [what, fail, reason] of cases) {
    // No service worker: it would serve its cached copy.
    await withApp({ serviceWorkers: "block" }, async ({ server, context, page }) => {
      await page.fill('[name="meta.company"]', "Kept Co");
      await page.waitForSelector(".save-state .saved:text-matches('^Saved')");
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
      await fail(server, context);
      await page.click("text=New from example");
      const notice = page.locator(".notice.error", { hasText: "Could not import the example plan" });
      await notice.waitFor();
      assert.match(await notice.locator(".reason").innerText(), reason, what);
      assert.match(await notice.innerText(), /Nothing was changed/);
      assert.equal(await planCount(page), 1, what);
      assert.equal(await page.inputValue('[name="meta.company"]'), "Kept Co", what);
      assert.equal(await page.evaluate(() => JSON.stringify({ ...localStorage })), stored, what);
    });
  }
});
