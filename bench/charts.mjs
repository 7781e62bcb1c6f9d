// Chart redraw time: for each chart, type values into a field it draws, and measure inside the
// page how long the chart's drawing took (from the drawing's first getContext on its canvas until
// its data-draws changes) and how long from the input event until it had redrawn.
// Run after a release build: `node bench/charts.mjs [N]`. Reports timings only; never fails on them.
import { readFileSync } from "node:fs";
import { serve, launch, importFile } from "../tests/e2e/harness.mjs";

const N = Number(process.argv[2] ?? 100);
const WARMUP = 10;
const NORTHWIND = readFileSync(new URL("../tests/fixtures/northwind.json", import.meta.url));

const cases = [
  { field: "readiness.product.feature_completeness", charts: ["readiness", "progress"], value: (i) => String(i % 10) },
  { field: "assessment.technical.data_architecture", charts: ["assessment"], value: (i) => String(i % 10) },
  { field: "organization.plan.engineering", charts: ["team"], value: (i) => String(10 + (i % 40)) },
  { field: "technical.roadmap.phase1.cost_month", charts: ["spend"], value: (i) => String(3000 + i) },
  { field: "automation.hourly_cost", charts: ["payback"], value: (i) => String(40 + (i % 50)) },
];

// In the page: for each value, one frame, then set it, dispatch "input" and wait until every
// chart in `charts` has drawn again.
function run({ field, charts, values }) {
  const input = document.querySelector(`[name="${field}"]`);
  const canvases = charts.map((c) => document.querySelector(`[data-chart="${c}"] canvas`));
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  // When each canvas's drawing began: its first getContext since the last drawing ended.
  const began = new Map();
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (...args) {
    if (!began.has(this)) began.set(this, performance.now());
    return getContext.apply(this, args);
  };
  const redrawn = (canvas) =>
    new Promise((resolve) => {
      const before = canvas.dataset.draws;
      began.delete(canvas);
      const obs = new MutationObserver(() => {
        if (canvas.dataset.draws !== before) {
          obs.disconnect();
          const end = performance.now();
          resolve({ end, draw: end - began.get(canvas) });
        }
      });
      obs.observe(canvas, { attributes: true, attributeFilter: ["data-draws"] });
    });
  return (async () => {
    const out = Object.fromEntries(charts.map((c) => [c, { draw: [], total: [] }]));
    for (const v of values) {
      await frame();
      const waits = canvases.map(redrawn);
      input.value = v;
      const t0 = performance.now();
      input.dispatchEvent(new Event("input", { bubbles: true }));
      const done = await Promise.all(waits);
      charts.forEach((c, i) => {
        out[c].total.push(done[i].end - t0);
        out[c].draw.push(done[i].draw);
      });
    }
    HTMLCanvasElement.prototype.getContext = getContext;
    return out;
  })();
}

function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const rank = (p) => s[Math.max(0, Math.ceil(p * s.length) - 1)];
  const f = (x) => x.toFixed(2).padStart(6);
  return `p50 ${f(rank(0.5))}  p95 ${f(rank(0.95))}  max ${f(s.at(-1))} ms`;
}

const server = await serve("/");
const browser = await launch();
try {
  for (const [width, scale] of [
    [1280, 1],
    [390, 2],
  ]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: scale });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector("[data-figure]");
    await importFile(page, "northwind.json", NORTHWIND);
    await page.waitForFunction(() => document.querySelector('[data-figure="readiness.overall"]')?.dataset.value === "30.25");
    // Every chart laid out, so that each draws on each change wherever it is on the page (the
    // page draws a chart only near the screen: see content-visibility in style/main.css).
    await page.$$eval(".chart", (charts) => charts.forEach((c) => (c.style.contentVisibility = "visible")));
    console.log(`\nChart redraw, ${width} px wide at ${scale}× (northwind plan), ${N} keystrokes per field after ${WARMUP} warm-up ones`);
    console.log("chart        drawing (plotters into the canvas)            input event → redrawn");
    for (const c of cases) {
      const values = Array.from({ length: WARMUP + N }, (_, i) => c.value(i));
      const r = await page.evaluate(run, { field: c.field, charts: c.charts, values });
      for (const chart of c.charts) {
        const { draw, total } = r[chart];
        console.log(`${chart.padEnd(12)} ${stats(draw.slice(WARMUP))}   ${stats(total.slice(WARMUP))}`);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
