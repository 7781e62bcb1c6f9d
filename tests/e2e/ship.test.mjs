// Shipping: sub-path hosting, offline, security policy, no outside requests, accessibility, keyboard.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { serve, launch, figure, importFile, dist } from "./harness.mjs";
import { leaves, northwind } from "./northwind.mjs";

const NORTHWIND_TEXT = readFileSync(new URL("../fixtures/northwind.json", import.meta.url), "utf8");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let server, browser;
before(async () => {
  server = await serve("/scaling-planner/");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context on the sub-path, recording every request, failed response and CSP violation. */
async function open(options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const seen = { requests: [], failures: [], errors: [], violations: [] };
  page.on("request", (r) => seen.requests.push(r.url()));
  page.on("response", (r) => r.status() >= 400 && seen.failures.push(`${r.status()} ${r.url()}`));
  page.on("pageerror", (e) => seen.errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && seen.errors.push(m.text()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(server.url);
  await page.waitForSelector("[data-figure]");
  return { context, page, seen };
}

async function importNorthwind(page) {
  await importFile(page, "northwind.json", NORTHWIND_TEXT);
  await page.waitForSelector(".notice.info:has-text('Imported')");
}

test("the wasm's imports have short names, as the bindings call them", () => {
  const wasm = readdirSync(dist).find((f) => f.endsWith(".wasm"));
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(`${dist}/${wasm}`)));
  assert.ok(imports.length > 100, `${imports.length} imports`);
  const long = imports.filter((i) => i.name.length > 2).map((i) => i.name);
  assert.deepEqual(long, [], "scripts/post-build.mjs shortens every import's name (the app starting shows the bindings agree)");
  const exported = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(`${dist}/${wasm}`))).map((e) => e.name);
  assert.deepEqual(
    exported.filter((name) => name.length > 3),
    ["memory", "__wbindgen_start"],
    "and every export's, but for the two other scripts may name; the ones the bindings never call are gone",
  );
});

test("the wasm holds no text that only a panic's or an I/O error's message shows", () => {
  const wasm = readdirSync(dist).find((f) => f.endsWith(".wasm"));
  const text = readFileSync(`${dist}/${wasm}`).toString("latin1");
  const named = text.match(/[\w.+-]*\/?src\/[\w/]+\.rs/g) ?? [];
  assert.deepEqual(named, [], "scripts/post-build.mjs blanks them");
  assert.doesNotMatch(text, /`ssr` feature/);
  assert.doesNotMatch(text, /entity not found|broken pipe/, "nor an I/O error's, which the app never has");
  assert.doesNotMatch(text, /RefCell already borrowed|called `Option::unwrap\(\)`|assertion failed: d\.mant/, "nor std's fixed panic messages");
  assert.doesNotMatch(text, /Tried to access a reactive value|SendWrapper<T>|Executor::spawn/, "nor the dependencies'");
});

test("the app works under a sub-path with no 404 and no request leaving the origin", async () => {
  const { context, page, seen } = await open();
  await importNorthwind(page);
  assert.equal(await figure(page, "automation.payback_months"), String(4000 / 5120));
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Export JSON")]);
  await download.path();
  assert.deepEqual(seen.failures, []);
  assert.deepEqual(seen.errors, []);
  const origin = new URL(server.url).origin;
  const outside = seen.requests.filter((u) => !u.startsWith(`${origin}/scaling-planner/`) && !u.startsWith("blob:") && !u.startsWith("data:"));
  assert.deepEqual(outside, [], "every request stays under the app's own path");
  assert.ok(server.requests.every((p) => p.startsWith("/scaling-planner/")), server.requests.join(", "));
  await context.close();
});

test("a Content-Security-Policy allows only the app's own origin, and nothing violates it", async () => {
  const { context, page, seen } = await open();
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
  assert.equal(await page.locator("script:not([src])").count(), 0, "no inline scripts");
  await importNorthwind(page);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("imported text can never run as code", async () => {
  const { context, page } = await open();
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs += 1;
    d.dismiss();
  });
  const plan = JSON.parse(NORTHWIND_TEXT);
  const attack = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  plan.meta.name = attack;
  plan.readiness.critical_gaps[0] = attack;
  plan.talent.positions[0].title = attack;
  await importFile(page, `${attack}.json`, JSON.stringify(plan));
  await page.waitForSelector(".notice.info:has-text('Imported')");
  assert.equal(await page.inputValue('[name="meta.name"]'), attack);
  assert.equal(await page.locator("main img, .notices img, main script").count(), 0);
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  await context.close();
});

test("after the first visit the app loads offline, its files straight from the cache, and a new version is picked up on the next load", async () => {
  const { context, page } = await open();
  await page.evaluate(() => navigator.serviceWorker.ready);
  const preload = await page.evaluate(async () => (await navigator.serviceWorker.ready).navigationPreload.getState());
  assert.equal(preload.enabled, true, "a page's request goes out while the worker starts");
  await page.reload();
  await page.waitForSelector("[data-figure]");
  // A repeat visit's files named by their content come from the cache without the worker's code
  // (static routing); the example plan, named by no content, still goes through it to be kept.
  // (A file the page's memory cache gave back has no entry, so only those listed are checked;
  // the wasm is always fetched.)
  const sources = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((r) => /-[0-9a-f]{8,}(_bg)?\.(js|css|wasm)$/.test(r.name))
      .map((r) => [r.name.endsWith(".wasm") ? "wasm" : "other", r.workerMatchedSourceType]),
  );
  assert.ok(sources.some(([kind]) => kind === "wasm"), JSON.stringify(sources));
  assert.deepEqual(sources.filter(([, source]) => source !== "cache"), [], JSON.stringify(sources));
  await page.fill('[name="meta.company"]', "Offline Co");
  await page.waitForSelector(".save-state .saved:text-matches('^Saved')");
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("[data-figure]");
  assert.equal(await page.inputValue('[name="meta.company"]'), "Offline Co");
  // The example plan was kept on the repeat visit above, though never opened.
  await page.click("text=New from example");
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "Northwind 2027 scaling plan");
  await context.setOffline(false);

  server.replace("index.html", (html) => html.replace("<title>Scaling Planner</title>", "<title>Scaling Planner (new)</title>"));
  await page.reload();
  await page.waitForSelector("[data-figure]");
  assert.equal(await page.title(), "Scaling Planner (new)");
  server.replace("index.html", (html) => html);
  await context.close();
});

test("on a connection that does not answer, a repeat visit opens from the cache, and the page it gets later is kept", async () => {
  const { context, page } = await open();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForSelector("[data-figure]");
  await page.fill('[name="meta.company"]', "Poor Wi-Fi Co");
  await page.waitForSelector(".save-state .saved:text-matches('^Saved')");

  server.replace("index.html", (html) => html.replace("<title>Scaling Planner</title>", "<title>Scaling Planner (late)</title>"));
  server.hold("index.html");
  try {
    await page.reload();
    await page.waitForSelector("[data-figure]");
    assert.equal(await page.inputValue('[name="meta.company"]'), "Poor Wi-Fi Co");
    assert.equal(await page.title(), "Scaling Planner", "the cached page, while the network has not answered");
  } finally {
    server.release("index.html");
  }
  // The late answer is kept: offline, the next load gets it.
  await page.waitForFunction(async () => {
    const cached = await caches.match(new URL("./", location.href).href);
    return cached && (await cached.text()).includes("(late)");
  });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("[data-figure]");
  assert.equal(await page.title(), "Scaling Planner (late)");
  await context.setOffline(false);
  server.restore("index.html");
  await context.close();
});

test("when the app's code cannot start, the page says so instead of loading for ever", async () => {
  const wasm = readdirSync(dist).find((f) => f.endsWith("_bg.wasm"));
  server.replace(wasm, () => "", 404);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator(".shell-note", { hasText: "could not start" }).waitFor();
    assert.equal(await page.locator("h1").innerText(), "Scaling Planner");
    await context.close();
  } finally {
    server.restore(wasm);
  }
});

test("when the app's code stops on an internal error, the user is told once to reload; other errors say nothing", async () => {
  const { context, page } = await open();
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  page.on("pageerror", () => {});
  // A real trap, as a Rust panic in the app's code is: an uncaught WebAssembly.RuntimeError in a task.
  await page.evaluate(async () => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const { instance } = await WebAssembly.instantiate(bytes);
    setTimeout(() => {
      throw new TypeError("not the app's code");
    });
    await new Promise((r) => setTimeout(r, 100));
    setTimeout(() => instance.exports.f());
    setTimeout(() => instance.exports.f());
    Promise.reject(new WebAssembly.RuntimeError("unreachable"));
    await new Promise((r) => setTimeout(r, 300));
  });
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, ["Scaling Planner stopped on an internal error. Reload the page to go on: your plan is kept as it was last saved."]);
  await context.close();
});

test("installable: the manifest and its icons are served", async () => {
  const { context, page } = await open();
  const href = await page.getAttribute('link[rel="manifest"]', "href");
  const manifest = await page.evaluate(async (h) => (await fetch(h)).json(), href);
  assert.equal(manifest.name, "Scaling Planner");
  assert.equal(manifest.start_url, "./");
  for (const icon of manifest.icons) {
    const status = await page.evaluate(async (src) => (await fetch(src)).status, icon.src);
    assert.equal(status, 200, icon.src);
  }
  await context.close();
});

test("axe-core finds no WCAG 2.2 AA violations with the full example loaded", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { context, page } = await open({ bypassCSP: true, colorScheme });
    await importNorthwind(page);
    await page.fill('[name="technical.capacity.database_gb"]', "lots");
    await page.evaluate(AXE);
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
    );
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(" ")} — ${v.help}`);
    assert.deepEqual(found, [], `${colorScheme} theme`);
    await context.close();
  }
});

test("every field can be reached with the keyboard alone, in order", async () => {
  const { context, page } = await open();
  const names = leaves(northwind).map(([path]) => path);
  const reached = new Set();
  const order = [];
  await page.focus("body");
  for (let i = 0; i < 1500 && reached.size < names.length; i += 1) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => document.activeElement?.getAttribute("name"));
    if (name && !reached.has(name)) {
      reached.add(name);
      order.push(name);
    }
  }
  const missing = names.filter((n) => !reached.has(n));
  assert.deepEqual(missing, []);
  assert.ok(order.indexOf("readiness.product.feature_completeness") < order.indexOf("roadmap.metrics.market_position"));
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none", "focus is visible");
  await context.close();
});
