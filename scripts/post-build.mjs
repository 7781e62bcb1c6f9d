// Trunk post-build step, run in the staging folder before it becomes dist/:
// - minifies wasm-bindgen's JavaScript, the start-up script, the service worker and the web app
//   manifest (Trunk minifies the HTML and CSS, not these), and drops from the bindings the
//   classes whose wasm exports wasm-opt has dropped;
// - gives the wasm's imports short names, in the wasm and in the bindings;
// - moves Trunk's inline start-up script into its own file, so the page's
//   Content-Security-Policy can forbid inline scripts;
// - adds that policy as a <meta> tag;
// - writes the service worker with the list of this build's files to cache for offline use, and
//   registers it from the start-up script.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run by Trunk: TRUNK_STAGING_DIR is not set");

// Styles, fetches, the worker and the manifest fall back to default-src (worker-src through
// script-src): only what differs from it is written out.
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

const hash = (text) => createHash("sha256").update(text).digest("hex").slice(0, 16);
const integrity = (text) => `sha384-${createHash("sha384").update(text).digest("base64")}`;

const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

// The bindings: minified in place, and the page's integrity hash for them updated.
const { minify } = createRequire(new URL("../.tools/", import.meta.url))("terser");
const bindings = readdirSync(dir).filter((f) => /^scaling-planner-[0-9a-f]+\.js$/.test(f));
if (bindings.length !== 1) throw new Error(`expected one bindings file, found ${bindings}`);
const bindingsPath = join(dir, bindings[0]);
const source = readFileSync(bindingsPath, "utf8");
withoutPanicText();
const { code } = await minify(shortExports(withoutStreams(shortImports(source))), { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
if (!html.includes(integrity(source))) throw new Error("the page does not name the bindings' hash");
html = html.replace(integrity(source), integrity(code));
writeFileSync(bindingsPath, code);

// The wasm's imports are named by wasm-bindgen for what they call, with a hash
// (`__wbg_addEventListener_3acb0aad4483804c`): 257 names, 8 KB in the wasm and again in the
// bindings. Both are given short names instead (`a`, `b`, … `aa`), the wasm's import section
// rewritten and every other section left as it is.
function shortImports(text) {
  const wasmPath = join(dir, readdirSync(dir).find((f) => f.endsWith(".wasm")));
  const bytes = readFileSync(wasmPath);
  let at = 8;
  const leb = () => {
    let value;
    [value, at] = readLeb(bytes, at);
    return value;
  };
  const name = () => {
    const length = leb();
    at += length;
    return bytes.subarray(at - length, at).toString("utf8");
  };
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const short = (i) => (i < letters.length ? "" : short(Math.floor(i / letters.length) - 1)) + letters[i % letters.length];
  while (at < bytes.length) {
    const sectionStart = at;
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id !== 2) {
      at = end;
      continue;
    }
    const count = leb();
    const parts = [lebBytes(count)];
    for (let i = 0; i < count; i++) {
      const module = name();
      const old = name();
      const descStart = at;
      const kind = bytes[at++];
      if (kind === 0) leb();
      else if (kind === 1 || kind === 2) {
        if (kind === 1) at++;
        const flags = bytes[at++];
        leb();
        if (flags & 1) leb();
      } else if (kind === 3) at += 2;
      else if (kind === 4) (at++, leb());
      else throw new Error(`an import of unknown kind ${kind} in the wasm`);
      const renamed = short(i);
      if (text.split(old).length !== 2) throw new Error(`the bindings do not name the import ${old} exactly once`);
      text = text.replace(old, renamed);
      for (const s of [module, renamed]) parts.push(lebBytes(Buffer.byteLength(s)), Buffer.from(s));
      parts.push(bytes.subarray(descStart, at));
    }
    if (at !== end) throw new Error("the wasm's import section was not read to its end");
    const body = Buffer.concat(parts);
    const section = Buffer.concat([Buffer.from([2]), lebBytes(body.length), body]);
    writeFileSync(wasmPath, Buffer.concat([bytes.subarray(0, sectionStart), section, bytes.subarray(end)]));
    return text;
  }
  throw new Error("the wasm has no import section");
}

// Text that only a Rust panic's message shows, which nobody reads: the app sets no panic hook, and
// on wasm32-unknown-unknown the default one writes to no console (a panic traps, and the start-up
// script tells the user). It is blanked with zeros of the same length, so that no address moves:
// - the source file each message names, in whatever folder ("src/ui/team.rs",
//   "tachys-0.2.19/src/dom.rs", "/rustc/…/library/core/src/fmt/mod.rs"): about 140, 6 KB, 1.2 KB gzip;
// - tachys's advice for a build that turned its `ssr` feature on, which this one never does
//   (0.4 KB gzip);
// - std's description of each kind of I/O error ("entity not found", "broken pipe", …), which
//   only the message of an `io::Error` shows, and the app makes none: a browser's wasm has no
//   files or sockets, and serde_json reads from memory and writes to `io::sink` (0.35 KB gzip);
// - the fixed messages of panics, `expect`s and `assert!`s in std and the dependencies
//   (`panicOnly`, 0.9 KB gzip). Each is found by its exact words: a toolchain or dependency that
//   changes one stops the build with a message naming it. Texts that reach JavaScript as an
//   exception's message (wasm-bindgen's "closure invoked recursively…") are not among them.
function withoutPanicText() {
  const panicOnly = [
    // std, core and alloc
    "called `Option::unwrap()` on a `None` value",
    "called `Result::unwrap()` on an `Err` value",
    "RefCell already mutably borrowed",
    "RefCell already borrowed",
    "Once instance has previously been poisoned",
    "LazyCell instance has previously been poisoned",
    "one-time initialization may not be performed recursively",
    "cannot recursively acquire mutex",
    "use of std::thread::current() is not possible after the thread's local data has been destroyed",
    "failed to generate unique thread ID: bitspace exhausted",
    "cannot access a Thread Local Storage value during or after destruction: ",
    "Attempted to initialize thread-local while it is being dropped",
    "a formatting trait implementation returned an error when the underlying stream did not",
    "a Display implementation returned an error unexpectedly",
    "attempt to join into collection with len > usize::MAX",
    "Hash table capacity overflow",
    "Arc counter overflow",
    "FnOnce called more than once",
    "assertion failed: !buf.is_empty()",
    "assertion failed: self.is_char_boundary(new_len)",
    "assertion failed: other > 0",
    "assertion failed: noborrow",
    "assertion failed: psize >= size + min_overhead",
    "assertion failed: psize <= size + max_overhead",
    "assertion failed: buf.len() >= maxlen",
    "assertion failed: buf[0] > b'0'",
    "assertion failed: digits < 40",
    "assertion failed: d.mant > 0",
    "assertion failed: d.minus > 0",
    "assertion failed: d.plus > 0",
    "assertion failed: d.mant + d.plus < (1 << 61)",
    "assertion failed: d.mant.checked_add(d.plus).is_some()",
    "assertion failed: d.mant.checked_sub(d.minus).is_some()",
    "attempt to divide by zero",
    "attempt to calculate the remainder with a divisor of zero",
    "`async fn` resumed after completion",
    "user-provided comparison function does not correctly implement a total order",
    " index out of bounds: the len is ",
    "slice index starts at ",
    " out of range for slice of length ",
    "capacity overflow",
    // the dependencies
    "internal error: entered unreachable code: The JS binding should only ever produce a valid value or the specific 'invalid' value",
    "finish: callbacks should be Some",
    "finish: result should be None",
    "Dereferenced SendWrapper<T> variable from a thread different to the one it has been created with.",
    "Dropped SendWrapper<T> variable from a thread different to the one it has been created with.",
    "Executor::spawn called, but no global 'spawn' function is configured.",
    "Executor::spawn_local called, but no global 'spawn_local' function is configured.",
    "Tried to access a reactive value that has already been disposed.",
    "the guard should always be in place until the Drop implementation",
    "placeholder parent should be Element",
    "Map must not be polled after it returned `Poll::Ready`",
    "polled Feed after completion",
    "Tried to shrink to a larger capacity",
    "Bug: Invalid orientation specification",
    " expected context of type ",
    // the names of the types leptos' context holds, which only its panic for a missing one shows
    "scaling_planner::ui::state::PlanState",
    "scaling_planner::ui::session::Session",
    "scaling_planner::ui::inputs::ErrorRegistry",
  ];
  const wasmPath = join(dir, readdirSync(dir).find((f) => f.endsWith(".wasm")));
  const bytes = readFileSync(wasmPath);
  const data = sectionOf(bytes, 11);
  const text = data.toString("latin1");
  const blank = (found) => data.fill(0, found.index, found.index + found[0].length);
  const path = /(?<![\w/.+-])(?:\/?[\w.+-]+\/)*?src\/[\w/]+\.rs/g;
  const paths = [...text.matchAll(path)];
  if (paths.length < 20) throw new Error(`only ${paths.length} source file names found in the wasm's data: has rustc changed how it writes them?`);
  paths.forEach(blank);
  const texts = {
    "tachys's advice on its `ssr` feature": /Value is None because the `ssr` feature is active\.[ -~]*?to identify the source\./,
    "std's descriptions of I/O errors": /entity not found[ -~]*?uncategorized error/,
  };
  for (const [name, pattern] of Object.entries(texts)) {
    const found = pattern.exec(text);
    if (!found) throw new Error(`${name} is no longer in the wasm as expected`);
    blank(found);
  }
  for (const words of panicOnly) {
    if (!text.includes(words)) throw new Error(`the panic message "${words}" is no longer in the wasm as written`);
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) data.fill(0, at, at + words.length);
  }
  writeFileSync(wasmPath, bytes);
}

/** The unsigned LEB128 number at `bytes[at]`, and where what follows it starts. */
function readLeb(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}

/** The contents of the wasm's section `id`, as a view into `bytes`. */
function sectionOf(bytes, id) {
  const { contents, end } = sectionAt(bytes, id);
  return bytes.subarray(contents, end);
}

/** Where the wasm's section `id` starts, where its contents start, and where it ends. */
function sectionAt(bytes, id) {
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const kind = bytes[at++];
    let size;
    [size, at] = readLeb(bytes, at);
    if (kind === id) return { start, contents: at, end: at + size };
    at += size;
  }
  throw new Error(`the wasm has no section ${id}`);
}

/** `n` as an unsigned LEB128 number. */
function lebBytes(n) {
  const out = [];
  do {
    out.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0));
    n = Math.floor(n / 128);
  } while (n > 0);
  return Buffer.from(out);
}

// The wasm's exports are named by wasm-bindgen as well, six with a hash
// (`wasm_bindgen__convert__closures_____invoke__h10c7cea53597491f`). Those the bindings call get
// short names (`z0`, `z1`, …), but for `memory` and `__wbindgen_start`, which other scripts may
// name; those they never call (`wasm.main`, `wasm.__abort_handler`, …) leave the export section.
// 0.5 KB gzip.
function shortExports(text) {
  const wasmPath = join(dir, readdirSync(dir).find((f) => f.endsWith(".wasm")));
  const bytes = readFileSync(wasmPath);
  const { start, contents, end } = sectionAt(bytes, 7);
  let [count, at] = readLeb(bytes, contents);
  const parts = [];
  let kept = 0;
  for (let i = 0; i < count; i++) {
    let length;
    [length, at] = readLeb(bytes, at);
    const name = bytes.subarray(at, at + length).toString("utf8");
    const described = at + length;
    at = readLeb(bytes, described + 1)[1];
    const called = new RegExp(`\\bwasm\\.${name}\\b`, "g");
    if (!called.test(text)) continue;
    const renamed = ["memory", "__wbindgen_start"].includes(name) ? name : `z${kept}`;
    text = text.replace(called, `wasm.${renamed}`);
    parts.push(lebBytes(renamed.length), Buffer.from(renamed), bytes.subarray(described, at));
    kept++;
  }
  if (at !== end) throw new Error("the wasm's export section was not read to its end");
  const body = Buffer.concat([lebBytes(kept), ...parts]);
  const section = Buffer.concat([Buffer.from([7]), lebBytes(body.length), body]);
  writeFileSync(wasmPath, Buffer.concat([bytes.subarray(0, start), section, bytes.subarray(end)]));
  return text;
}

// wasm-opt drops the wasm's exports of wasm-streams' classes (index.html says why); their
// JavaScript classes, which only call those exports, go too.
function withoutStreams(text) {
  const wasmFile = readdirSync(dir).find((f) => f.endsWith(".wasm"));
  const exported = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(join(dir, wasmFile))));
  if (exported.some((e) => /intounderlying/i.test(e.name))) return text;
  const kept = text
    .replace(/^export class IntoUnderlying\w+ \{\n[\s\S]*?^\}\n/gm, "")
    .replace(/^if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype.*\n/gm, "")
    .replace(/^const IntoUnderlying\w+Finalization = [\s\S]*?;\n/gm, "");
  if (/intounderlying/i.test(kept)) throw new Error("wasm-streams' classes are no longer where expected in the bindings");
  return kept;
}

const manifestPath = join(dir, "manifest.webmanifest");
writeFileSync(manifestPath, JSON.stringify(JSON.parse(readFileSync(manifestPath, "utf8"))));

const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) throw new Error("no inline start-up script found in index.html");
// The wasm is asked for only after the page's shell (index.html) has been painted: it is nearly
// all of the first load, and sharing a slow link with it would hold up the stylesheet.
// (Lighthouse also counts a download that ends before the largest paint as needed for it.)
// A hidden tab paints no frames, hence the timer. On a repeat visit the service worker serves
// the wasm from its cache, and it is asked for at once.
const start = /const (\w+)\s*=\s*await init\(/;
if (!start.test(found[1])) throw new Error("the start-up script no longer calls init() as expected");
const painted = `navigator.serviceWorker?.controller || await new Promise((painted) => {
  requestAnimationFrame(() => setTimeout(painted));
  setTimeout(painted, 100);
});`;
// If the code cannot start (no WebAssembly, a failed download), the shell says so instead of
// "Opening the worksheet…" for ever: the module's failed top-level await is reported as an
// "error" event. Once the app has mounted, the shell is gone; then the code stopping on an
// internal error (a Rust panic, which traps: WebAssembly.RuntimeError) leaves a page that no
// longer answers, and the user is told once.
const failed = `const opening = document.querySelector(".shell-note");
let stopped = false;
const stop = (error) => {
  if (stopped || !(error instanceof WebAssembly.RuntimeError)) return;
  stopped = true;
  alert("Scaling Planner stopped on an internal error. Reload the page to go on: your plan is kept as it was last saved.");
};
addEventListener("error", (event) => opening?.isConnected ? (opening.textContent = "Scaling Planner could not start: it needs a browser with WebAssembly. Reload to try again.") : stop(event.error));
addEventListener("unhandledrejection", (event) => stop(event.reason));`;
// A share, participant or response link pasted into the address bar changes only the fragment:
// the page loads again, so that the app opens what the link holds (ui::mount). A page opened from
// a link keeps the link in the address: Back to the app's own address loads the app, and a link
// within the page (a warning's field) puts the link back once followed.
// A link whose "=" a mail or chat app encoded ("#plan%3D1…"), or that was cut right after its
// kind ("#plan"), is read as the link it was meant to be: the app opens it, or says it is damaged.
const links = `const kind = /^#(plan|join|r)(%3D|$)/i.exec(location.hash);
if (kind) {
  let rest = location.hash.slice(kind[0].length);
  try {
    if (kind[2]) rest = decodeURIComponent(rest);
  } catch {}
  history.replaceState(null, "", "#" + kind[1].toLowerCase() + "=" + rest);
}
const link = () => /^#(plan|join|r)(=|%3D|$)/i.test(location.hash);
const opened = link();
addEventListener("hashchange", (event) => {
  if (link() || (opened && !location.hash)) location.reload();
  else if (opened) history.replaceState(null, "", event.oldURL);
});`;
const trunkBoot = found[1].trim().replace(start, (call) => `${links}\n${failed}\n${painted}\n${call}`);
// The service worker: a new version waits until the app, told "scaling-planner:update-ready",
// answers "scaling-planner:apply-update" (after saving); then this tab reloads once into it.
const boot = `${trunkBoot}
if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  const workers = navigator.serviceWorker;
  const registered = workers.register("./sw.js");
  // On a repeat visit, in idle time, the example plan, which the worker keeps: "New from example"
  // then works offline too. Not on the first visit, whose download is only what the app needs.
  if (workers.controller) (window.requestIdleCallback ?? setTimeout)(() => fetch("./examples/northwind.json").catch(() => {}));
  const announce = () => window.dispatchEvent(new CustomEvent("scaling-planner:update-ready"));
  function installed() {
    if (this.state === "installed" && workers.controller) announce();
  }
  const watch = (worker) => worker?.addEventListener("statechange", installed);
  registered
    .then((registration) => {
      if (registration.waiting && workers.controller) announce();
      watch(registration.installing);
      registration.addEventListener("updatefound", () => watch(registration.installing));
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") registration.update().catch(() => {});
      });
    })
    .catch(() => {});
  let applying = false;
  window.addEventListener("scaling-planner:apply-update", () => {
    registered
      .then((registration) => {
        if (!registration.waiting) return location.reload();
        applying = true;
        registration.waiting.postMessage({ type: "skip-waiting" });
      })
      .catch(() => {});
  });
  workers.addEventListener("controllerchange", () => {
    if (!applying) return;
    applying = false;
    location.reload();
  });
}
`;
const small = (await minify(boot, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true })).code;
const bootName = `boot-${hash(small)}.js`;
writeFileSync(join(dir, bootName), small);
html = html.replace(inline, `<script type="module" src="./${bootName}" integrity="${integrity(small)}"></script>`);
// Right after the charset, which must come first; the minified page has no <head> tag to anchor on.
const charset = /<meta charset="?utf-8"?\s*\/?>/i;
if (!charset.test(html)) throw new Error("no <meta charset> in index.html to put the policy after");
html = html.replace(charset, (tag) => `${tag}<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
// No preload of the wasm: the start-up script asks for it once the shell is painted (above).
const wasmPreload = /<link\b[^>]*type="?application\/wasm"?[^>]*>/;
if (!wasmPreload.test(html)) throw new Error("no preload of the wasm found in index.html");
html = html.replace(wasmPreload, "");
writeFileSync(indexPath, html);

// The files the service worker caches when it installs: every file of the build but those the
// app does not need to start, which would only add to the first visit's download: the example
// plan (fetched on a repeat visit in idle time, see the start-up script, and kept) and the
// home-screen icons (each kept once fetched), and the plan schema for editors.
const later = (f) => f === "plan.schema.json" || f.startsWith("examples/") || /^icon-\d+\.png$/.test(f);
const files = readdirSync(dir, { recursive: true })
  .map((f) => f.split(sep).join("/"))
  .filter((f) => f !== "sw.js" && !f.split("/").some((part) => part.startsWith(".")))
  .filter((f) => statSync(join(dir, f)).isFile())
  .filter((f) => !later(f));
if (!statSync(join(dir, "examples/northwind.json"), { throwIfNoEntry: false })) throw new Error("the start-up script fetches examples/northwind.json, which the build no longer has");
const version = hash(files.sort().join("\n") + html);
const worker = readFileSync(new URL("../assets/sw.js", import.meta.url), "utf8")
  .replace("__VERSION__", version)
  .replace("__FILES__", JSON.stringify(["./", ...files.map((f) => `./${f}`)]));
// Its two constants keep their names and stay declarations of their own, so that tests can read
// and change them.
const workerCode = (await minify(worker, { ecma: 2020, compress: { join_vars: false, passes: 2 }, mangle: { toplevel: true, reserved: ["VERSION", "FILES"] } })).code;
writeFileSync(join(dir, "sw.js"), workerCode);
