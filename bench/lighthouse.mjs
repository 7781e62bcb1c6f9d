// Lighthouse's mobile preset (simulated slow 4G, 4× slower CPU) on the release build and on
// bench/minimal, side by side, served gzipped as GitHub Pages serves them: `make lighthouse`.
// A benchmark, not a test. RUNS=3 by default; prints the median of each metric and every run.
import { execFileSync } from "node:child_process";
import { existsSync, statSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve, runLighthouse, version } from "./lighthouse/run.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

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

async function audit(url) {
  const { lhr } = await runLighthouse(url, ["performance", "accessibility", "best-practices", "seo"]);
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
console.log(`\nLighthouse ${version} mobile preset, median of ${RUNS} runs, gzip served\n`);
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
