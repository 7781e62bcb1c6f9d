// Serves the release build (dist/, or $DIST) on loopback and drives it in headless Chromium.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const dist = process.env.DIST ? resolve(process.env.DIST) : join(root, "dist");

export const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/**
 * Serves dist/ under `base` (e.g. "/" or "/scaling-planner/"); returns { url, close, requests, replace, restore,
 * hold, release }.
 * `replace(file, fn, status = 200)` rewrites a served file's text (and status) from then on, as a new
 * deployment would; `restore(file)` serves the built file again. `hold(file)` keeps requests for it
 * waiting with no answer, as a network that does not answer would, until `release(file)`.
 */
export async function serve(base = "/") {
  const requests = [];
  const replaced = new Map();
  const held = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push(path);
    const rel = path.slice(base.length) || "index.html";
    if (held.has(rel)) await new Promise((answer) => held.get(rel).push(answer));
    if (replaced.has(rel)) {
      const { fn, status } = replaced.get(rel);
      const body = fn(await readFile(join(dist, rel), "utf8"));
      res.writeHead(status, { "content-type": types[extname(rel)] ?? "application/octet-stream" });
      res.end(body);
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(dist, path.slice(base.length)));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  const release = (file) => {
    for (const answer of held.get(file) ?? []) answer();
    held.delete(file);
  };
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    replace: (file, fn, status = 200) => replaced.set(file, { fn, status }),
    restore: (file) => replaced.delete(file),
    hold: (file) => held.set(file, held.get(file) ?? []),
    release,
    close: () => {
      for (const file of [...held.keys()]) release(file);
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Opens the app in a new page and waits until it has rendered; fails on any page error. */
export async function openApp(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(new Error(m.text()));
  });
  await page.goto(url);
  await page.waitForSelector("[data-figure]");
  return { page, errors };
}

/** For `context.addInitScript`: a browser that lets the page store nothing, as with storage
 * blocked by the user's settings. */
export function blockStorage() {
  Object.defineProperty(window, "localStorage", {
    get() {
      throw new DOMException("The operation is insecure.", "SecurityError");
    },
  });
}

/** The exact value of a figure. */
export async function figure(page, name) {
  return page.getAttribute(`[data-figure="${name}"]`, "data-value");
}

/** A server of the build under `base` and a browser, started before a file's tests and closed
 * after them: read `app.server` and `app.browser` inside the tests. */
export function serverAndBrowser(base = "/") {
  const app = {};
  before(async () => {
    app.server = await serve(base);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * Imports a plan file as a user does: "Import JSON", then "Open as new plan" in the preview.
 * A file the app refuses shows a notice and no preview; then there is nothing to open.
 */
export async function importFile(page, name, text, selector = "#import-file") {
  await page.setInputFiles(selector, { name, mimeType: "application/json", buffer: Buffer.from(text) });
  await openPreview(page);
}

/** Chooses "Open as new plan" in the import preview, once it or a refusal shows. */
export async function openPreview(page) {
  const open = page.locator(".preview [data-action='open']");
  await page.waitForFunction(
    () => document.querySelector(".preview") || document.querySelector("[data-notice]"),
    null,
    { timeout: 10_000 },
  );
  if (await open.count()) await open.click();
}
