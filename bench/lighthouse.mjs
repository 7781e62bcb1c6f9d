// Lighthouse's mobile preset (simulated slow 4G, 4× slower CPU) on the release build and on
// bench/minimal, side by side, served gzipped as GitHub Pages serves them: `make lighthouse`.
// A benchmark, not a test. RUNS=3 by default; prints the median of each metric and every run.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync, readdirSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(join(root, "bench/lighthouse/package.json"));
const { default: lighthouse } = await import(require.resolve("lighthouse"));
const chromeLauncher = await import(require.resolve("chrome-launcher"));
const { types } = await import("../tests/e2e/harness.mjs");

const RUNS = Number(process.env.RUNS ?? 3);
const minimalSrc = join(root, "bench/minimal");
const minimalDist = join(root, "target/minimal-dist");

const newest = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => !String(f).startsWith("target"))
    .map((f) => statSync(join(dir, String(f))).mtimeMs)
    .reduce((a, b) => Math.max(a, b), 0);
if (!existsSync(join(minimalDist, "index.html")) || statSync(join(minimalDist, "index.html")).mtimeMs < newest(minimalSrc)) {
  console.log("Building bench/minimal …");
  execFileSync("trunk", ["build", "--release", "--offline", "--dist", minimalDist], {
    cwd: minimalSrc,
    stdio: "inherit",
    env: { ...process.env, CARGO_TARGET_DIR: join(root, "target/minimal") },
  });
}

/** Serves a build gzipped, as GitHub Pages does; every response is read and compressed once. */
async function serve(dir) {
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

async function audit(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const a = lhr.audits;
    return {
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
      "best practices": lhr.categories["best-practices"].score,
      seo: lhr.categories.seo.score,
      "first contentful paint, ms": a["first-contentful-paint"].numericValue,
      "largest contentful paint, ms": a["largest-contentful-paint"].numericValue,
      "total blocking time, ms": a["total-blocking-time"].numericValue,
      "time to interactive, ms": a.interactive.numericValue,
      "speed index, ms": a["speed-index"].numericValue,
      "cumulative layout shift": a["cumulative-layout-shift"].numericValue,
      "transferred, KB": a["total-byte-weight"].numericValue / 1000,
      "long tasks": (a["long-tasks"]?.details?.items ?? []).map((t) => Math.round(t.duration)).join(" "),
      "main thread": (a["mainthread-work-breakdown"]?.details?.items ?? [])
        .map((t) => `${t.groupLabel ?? t.group} ${Math.round(t.duration)}`)
        .join(", "),
    };
  } finally {
    await chrome.kill();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const apps = { "Scaling Planner": join(root, "dist"), "minimal app": minimalDist };
const results = {};
for (const [name, dir] of Object.entries(apps)) {
  const server = await serve(dir);
  results[name] = [];
  for (let i = 0; i < RUNS; i++) results[name].push(await audit(server.url));
  server.close();
}

const names = Object.keys(results);
const text = ["long tasks", "main thread"];
const metrics = Object.keys(results[names[0]][0]).filter((m) => !text.includes(m));
const cell = (x) => (Number.isInteger(x) || x < 10 ? String(Math.round(x * 100) / 100) : x.toFixed(0));
console.log(`\nLighthouse ${lighthouse.version ?? "12"} mobile preset, median of ${RUNS} runs, gzip served\n`);
console.log(["metric".padEnd(30), ...names.map((n) => n.padStart(16)), "ratio".padStart(7)].join(" "));
for (const m of metrics) {
  const [p, q] = names.map((n) => median(results[n].map((r) => r[m])));
  const ratio = q ? (p / q).toFixed(2) + "×" : "—";
  console.log([m.padEnd(30), cell(p).padStart(16), cell(q).padStart(16), ratio.padStart(7)].join(" "));
}
for (const n of names) {
  console.log(`\n${n}, each run:`);
  for (const r of results[n]) {
    console.log(
      `  perf ${r.performance}  TBT ${r["total blocking time, ms"].toFixed(0)} ms  LCP ${r["largest contentful paint, ms"].toFixed(0)} ms  TTI ${r["time to interactive, ms"].toFixed(0)} ms  long tasks (ms): ${r["long tasks"]}`,
    );
    console.log(`    main thread (ms): ${r["main thread"]}`);
  }
}
