// Keystroke latency: how long the page takes to react to one typed value, measured inside
// the page with performance.now(). Run after a release build: `node bench/keystroke.mjs [N]`.
// Reports timings only; it never fails on them.
import { serve, launch, openApp } from "../tests/e2e/harness.mjs";
import { fillPlan } from "../tests/e2e/northwind.mjs";

const N = Number(process.argv[2] ?? 200);
const WARMUP = 10;

// For each value: set it, dispatch "input", and time until
// - "figure": the figure's data-value has changed (MutationObserver), and
// - "settled": a macrotask runs, i.e. the handler and every microtask it queued are done.
// Between keystrokes one frame renders, and each keystroke starts in a task of its own, as a real one does.
function run({ field, figure, values }) {
  const input = document.querySelector(`[name="${field}"]`);
  const out = figure && document.querySelector(`[data-figure="${figure}"]`);
  if (!input || (figure && !out)) throw new Error(`missing ${input ? figure : field}`);
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const macrotask = () =>
    new Promise((r) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => r(performance.now());
      ch.port2.postMessage(0);
    });
  const changed = (before) =>
    new Promise((resolve) => {
      const done = (t) => {
        obs.disconnect();
        clearTimeout(timer);
        resolve(t);
      };
      const obs = new MutationObserver(() => {
        if (out.dataset.value !== before) done(performance.now());
      });
      obs.observe(out, { attributes: true, attributeFilter: ["data-value"] });
      const timer = setTimeout(() => done(null), 2000);
    });
  return (async () => {
    const figureMs = [];
    const settledMs = [];
    for (const v of values) {
      await frame();
      await macrotask();
      const change = out ? changed(out.dataset.value) : null;
      input.value = v;
      const t0 = performance.now();
      input.dispatchEvent(new Event("input", { bubbles: true }));
      const settled = macrotask();
      if (change) {
        const t = await change;
        figureMs.push(t === null ? null : t - t0);
      }
      settledMs.push((await settled) - t0);
    }
    return { figureMs, settledMs };
  })();
}

function stats(ms) {
  if (!ms.length) return "no samples";
  const s = [...ms].sort((a, b) => a - b);
  const rank = (p) => s[Math.max(0, Math.ceil(p * s.length) - 1)];
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const f = (x) => x.toFixed(2).padStart(7);
  return `p50 ${f(rank(0.5))}  p95 ${f(rank(0.95))}  max ${f(s.at(-1))}  mean ${f(mean)}  ms  (n=${s.length})`;
}

const cases = [
  {
    label: "score  readiness.product.feature_completeness -> readiness.product",
    field: "readiness.product.feature_completeness",
    figure: "readiness.product",
    value: (i) => String(i % 10), // consecutive digits always differ, so the figure always changes
  },
  {
    label: "text   technical.bottlenecks.0.solution (no figure)",
    field: "technical.bottlenecks.0.solution",
    figure: null,
    value: (i) => `Autoscaled worker pool on spot instances, try ${i}`,
  },
  {
    label: "amount technical.roadmap.phase1.cost_month -> technical.run_rate_month",
    field: "technical.roadmap.phase1.cost_month",
    figure: "technical.run_rate_month",
    value: (i) => String(3000 + i),
  },
];

const server = await serve("/");
const browser = await launch();
try {
  const { page, errors } = await openApp(browser, server.url);
  await fillPlan(page);
  console.log(`Keystroke latency, ${N} keystrokes per field after ${WARMUP} warm-up ones (northwind plan loaded)`);
  for (const c of cases) {
    const values = Array.from({ length: WARMUP + N }, (_, i) => c.value(i));
    const r = await page.evaluate(run, { field: c.field, figure: c.figure, values });
    console.log(c.label);
    if (c.figure) {
      const measured = r.figureMs.slice(WARMUP);
      const missed = measured.filter((t) => t === null).length;
      console.log(`  until figure changed: ${stats(measured.filter((t) => t !== null))}`);
      if (missed) console.log(`  figure did not change within 2 s on ${missed} keystrokes`);
    }
    console.log(`  until settled:        ${stats(r.settledMs.slice(WARMUP))}`);
  }
  if (errors.length) console.log("page errors:", errors.map(String));
} finally {
  await browser.close();
  await server.close();
}
