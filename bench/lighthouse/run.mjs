// What bench/lighthouse.mjs and bench/lighthouse-tasks.mjs share: a build served gzipped, as
// GitHub Pages serves it, and one Lighthouse mobile run in a fresh headless Chromium.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { types } from "../../tests/e2e/harness.mjs";

const require = createRequire(new URL("./package.json", import.meta.url));
const { default: lighthouse } = await import(require.resolve("lighthouse"));
const chromeLauncher = await import(require.resolve("chrome-launcher"));

/** The Lighthouse version this folder pins. */
export const version = require("lighthouse/package.json").version;

/** Serves the build in `dir` gzipped; every response is read and compressed once. */
export async function serve(dir) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return res.writeHead(404).end();
    if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file), { level: 6 }));
    res.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "content-encoding": "gzip",
      "cache-control": "max-age=600",
    });
    res.end(cache.get(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** One Lighthouse run (its mobile preset) of `url` over `categories`: `{ lhr, artifacts }`. */
export async function runLighthouse(url, categories) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    return await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
  } finally {
    await chrome.kill();
  }
}
