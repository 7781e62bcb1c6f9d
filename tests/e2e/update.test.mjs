// The service worker across deployments: what it caches, which caches it clears, and how a new
// version is offered to open tabs ("scaling-planner:update-ready") and applied ("scaling-planner:apply-update").
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serve, launch, dist } from "./harness.mjs";

const VERSION = readFileSync(join(dist, "sw.js"), "utf8").match(/const VERSION ?= ?"([0-9a-f]+)"/)[1];
const cacheName = (server, version = VERSION) => `scaling-planner:${server.url}:${version}`;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Runs `body` with its own server (so its own origin and deployments) and browser context. */
async function withApp(body) {
  const server = await serve("/scaling-planner/");
  const context = await browser.newContext();
  try {
    await body(server, context);
  } finally {
    await context.close();
    await server.close();
  }
}

async function openApp(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector("[data-figure]");
  return page;
}

/** Waits until a service worker controls the page (on first install it claims the page once active). */
const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller);

/** Checks for a new service worker now, and keeps it as `window.newWorker` to wait on. */
const checkForUpdate = (page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    window.newWorker = registration.installing ?? registration.waiting;
  });

/** Deploys a new service worker (a new version string, and `edit` for more), as a new release would. */
function deployWorker(server, edit = (text) => text) {
  server.replace("sw.js", (text) => {
    const next = text.replace(`"${VERSION}"`, `"${VERSION}-next"`);
    assert.notEqual(next, text);
    return edit(next);
  });
}

const cacheKeys = (page) => page.evaluate(() => caches.keys());

test("only the app's own page is cached as its shell, never a 404 or 500: offline, the last good one loads", async () => {
  await withApp(async (server, context) => {
    const page = await openApp(context, server.url);
    await controlled(page);
    for (const status of [404, 500]) {
      server.replace("index.html", () => `<!DOCTYPE html><title>Error ${status}</title>`, status);
      const response = await page.reload();
      assert.equal(response.status(), status);
      assert.equal(await page.title(), `Error ${status}`);
    }
    server.restore("index.html");
    await page.goto(`${server.url}icon.svg`); // another page under the same path, not the app

    await context.setOffline(true);
    await page.goto(server.url);
    assert.equal(await page.title(), "Scaling Planner");
    await page.waitForSelector("[data-figure]");
    const stored = await page.evaluate(async () => {
      const entries = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) entries.push({ name, url: request.url, status: (await cache.match(request)).status });
      }
      return entries;
    });
    assert.ok(stored.length > 0);
    assert.deepEqual(stored.filter((e) => e.status !== 200), []);
    assert.deepEqual([...new Set(stored.map((e) => e.name))], [cacheName(server)]);
  });
});

test("another deployment's caches on the same origin survive this one's install and update", async () => {
  await withApp(async (server, context) => {
    const origin = new URL(server.url).origin;
    const others = [
      "scaling-planner-other-deploy",
      `scaling-planner:${origin}/other-app/:0123456789abcdef`,
      `scaling-planner:${server.url}nested/:0123456789abcdef`,
    ];
    // This deployment's own: an older version's, and one named as releases before scoped names did.
    const stale = [cacheName(server, "0123456789abcdef"), "scaling-planner-0123456789abcdef"];
    const page = await context.newPage();
    await page.goto(`${server.url}icon.svg`); // the origin, before this deployment's worker is registered
    await page.evaluate(
      async ({ others, stale, shell }) => {
        for (const name of others) await (await caches.open(name)).put(`${location.origin}/other-app/`, new Response(name));
        for (const name of stale) await (await caches.open(name)).put(shell, new Response("old"));
      },
      { others, stale, shell: server.url },
    );

    await page.goto(server.url);
    await page.waitForSelector("[data-figure]");
    await controlled(page);
    assert.deepEqual((await cacheKeys(page)).sort(), [...others, cacheName(server)].sort());

    deployWorker(server);
    await checkForUpdate(page);
    await page.evaluate(() => window.newWorker.postMessage({ type: "skip-waiting" }));
    await page.waitForFunction(() => window.newWorker.state === "activated");
    assert.deepEqual((await cacheKeys(page)).sort(), [...others, cacheName(server, `${VERSION}-next`)].sort());
    const contents = await page.evaluate(
      (names) => Promise.all(names.map(async (name) => (await caches.match(`${location.origin}/other-app/`, { cacheName: name }))?.text())),
      others,
    );
    assert.deepEqual(contents, others);
  });
});

test("open tabs are told a new version is ready, and the tab that applies it reloads into it once", async () => {
  await withApp(async (server, context) => {
    await context.addInitScript(() => {
      sessionStorage.setItem("loads", String(Number(sessionStorage.getItem("loads") ?? 0) + 1));
      window.updateReady = 0;
      addEventListener("scaling-planner:update-ready", () => (window.updateReady += 1));
    });
    const first = await openApp(context, server.url);
    await controlled(first);
    assert.equal(await first.evaluate(() => window.updateReady), 0, "the first install is not an update");

    // A tab becoming visible again checks for a new version; this one was open before it came.
    deployWorker(server);
    await first.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    await first.waitForFunction(() => window.updateReady > 0);
    assert.equal(await first.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting?.state), "installed");

    // A tab opened while the new version waits is told at start-up.
    const second = await openApp(context, server.url);
    await second.waitForFunction(() => window.updateReady > 0);

    await first.evaluate(() => {
      window.controllerChanged = false;
      navigator.serviceWorker.addEventListener("controllerchange", () => (window.controllerChanged = true));
    });
    await Promise.all([second.waitForEvent("load"), second.evaluate(() => dispatchEvent(new CustomEvent("scaling-planner:apply-update")))]);
    await second.waitForSelector("[data-figure]");
    const state = await second.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        loads: sessionStorage.getItem("loads"),
        controlledByActive: navigator.serviceWorker.controller === registration.active,
        waiting: registration.waiting,
        caches: await caches.keys(),
      };
    });
    assert.deepEqual(state, { loads: "2", controlledByActive: true, waiting: null, caches: [cacheName(server, `${VERSION}-next`)] });

    // The other tab now runs under the new worker too, but only the tab that asked reloads.
    await first.waitForFunction(() => window.controllerChanged);
    assert.equal(await first.evaluate(() => sessionStorage.getItem("loads")), "1");
  });
});

test("offline, a page of a new version that is still waiting loads from that version's files", async () => {
  await withApp(async (server, context) => {
    const page = await openApp(context, server.url);
    await controlled(page);
    // The new release's start-up script has a new address, so only the new version's cache holds it.
    const boot = readFileSync(join(dist, "index.html"), "utf8").match(/boot-[0-9a-f]+\.js/)[0];
    server.replace("index.html", (html) => html.replace(boot, `${boot}?v=next`));
    deployWorker(server, (text) => text.replace(`"./${boot}"`, `"./${boot}?v=next"`));
    await page.reload();
    await page.waitForSelector("[data-figure]");
    await checkForUpdate(page);
    await page.waitForFunction(() => window.newWorker.state === "installed");

    await context.setOffline(true);
    await page.reload();
    assert.equal(await page.getAttribute("script[src]", "src"), `./${boot}?v=next`);
    await page.waitForSelector("[data-figure]");
  });
});

test("requests outside this deployment's path are left to the network", async () => {
  await withApp(async (server, context) => {
    const page = await openApp(context, server.url);
    await controlled(page);
    const fromWorker = async (url) => {
      const [response] = await Promise.all([page.waitForResponse(url), page.evaluate((u) => fetch(u).then(() => {}), url)]);
      return response.fromServiceWorker();
    };
    assert.equal(await fromWorker(`${server.url}icon.svg`), true);
    assert.equal(await fromWorker(`${new URL(server.url).origin}/other-app/icon.svg`), false);
  });
});

test("the app offers Reload to update, and saves the plan before it reloads into the new version", async () => {
  await withApp(async (server, context) => {
    const page = await openApp(context, server.url);
    await controlled(page);
    deployWorker(server);
    await checkForUpdate(page);
    await page.waitForSelector(".notice:has-text('A new version of Scaling Planner is ready')");
    // Typed just before: still waiting for the autosave when the button is pressed.
    await page.fill('[name="meta.company"]', "Typed before the update");
    const reloaded = page.waitForEvent("load");
    await page.click("text=Reload to update");
    await reloaded;
    await page.waitForSelector("[data-figure]");
    assert.equal(await page.inputValue('[name="meta.company"]'), "Typed before the update");
    assert.match(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), /sw\.js/);
    assert.ok((await cacheKeys(page)).includes(cacheName(server, `${VERSION}-next`)), "the new version took over");
    assert.equal(await page.locator(".notice:has-text('A new version')").count(), 0);
  });
});
