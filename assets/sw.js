// Offline support for one deployment (this worker's scope): this build's files are cached on install;
// pages are fetched from the network first (so a new version is picked up on the next load; the request
// goes out while the worker starts), and from the cache offline or when the network is slow to answer.
// A new version waits until a tab asks it to take over ("skip-waiting"), except on the first install.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const SCOPE = self.registration.scope;
// Several deployments may share one origin: each names, and clears, only its own caches.
const PREFIX = `scaling-planner:${SCOPE}:`;
const CACHE = PREFIX + VERSION;
const SHELL = new URL("./", self.location).href;

self.addEventListener("install", (event) => {
  // The build's files named by their content come straight from the cache, without
  // waiting for this worker's code to run (Chrome's static routing; a miss goes to the network).
  // A repeat visit is about a tenth quicker. Pages still come through `navigate`.
  // Trunk writes its hashes without leading zeros: 15 digits as often as 16.
  const named = FILES.filter((f) => /-[0-9a-f]{8,}(_bg)?\.\w+$/.test(f)).map((urlPattern) => ({ urlPattern }));
  event.addRoutes?.({ condition: { or: named }, source: "cache" }).catch(() => {});
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => {
        if (!self.registration.active) return self.skipWaiting();
      }),
  );
});

self.addEventListener("message", (event) => {
  if (event.data?.type === "skip-waiting") self.skipWaiting();
});

async function outdated(key) {
  if (key.startsWith(PREFIX)) return key !== CACHE;
  // Named by releases before the scope was part of the name: this deployment's if it holds its shell.
  return key.startsWith("scaling-planner-") && (await caches.match(SHELL, { cacheName: key })) !== undefined;
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // A page's request goes out while this worker starts, instead of after.
      await self.registration.navigationPreload?.enable();
      for (const key of await caches.keys()) if (await outdated(key)) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

const isShell = (url) => {
  const { origin, pathname } = new URL(url);
  return [SHELL, `${SHELL}index.html`].includes(origin + pathname);
};

// On a poor connection the app's page is served from the cache when the network has not begun to
// answer within this time; its answer, when it comes, is still kept for the next load. A newer
// version found meanwhile is offered by the page ("Reload to update").
const NETWORK_WAIT_MS = 1500;

async function navigate(event) {
  const network = (async () => {
    const response = (await event.preloadResponse) ?? (await fetch(event.request));
    if (response.ok && response.type === "basic" && isShell(event.request.url)) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(SHELL, copy)));
    }
    return response;
  })();
  event.waitUntil(network.catch(() => {}));
  const cached = () => caches.match(SHELL, { cacheName: CACHE });
  const slow = isShell(event.request.url)
    ? new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS))
        .then(cached)
        .then((shell) => shell ?? network)
    : network;
  try {
    return await Promise.race([network, slow]);
  } catch (error) {
    const shell = await cached();
    if (shell) return shell;
    throw error;
  }
}

async function subresource(request) {
  const hit = await caches.match(request, { cacheName: CACHE });
  if (hit) return hit;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic" && request.method === "GET") {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  } catch (error) {
    // Offline on a page of a newer version that is installed but still waiting: its files are in its cache.
    for (const key of await caches.keys()) {
      const found = key.startsWith(PREFIX) && (await caches.match(request, { cacheName: key }));
      if (found) return found;
    }
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  event.respondWith(request.mode === "navigate" ? navigate(event) : subresource(request));
});
