// The service worker (served at /sw.js by qms.webapp). It keeps exactly one page, the offline
// page, with the files it needs, and shows it when a page cannot be fetched. It keeps no page a
// person has opened: cases must not stay on a shared phone. The page that registers the worker
// names the offline page and its files in the worker's URL (?offline=…&asset=…), because their
// static names carry a hash that changes with each release – and a new URL installs a new worker.
"use strict";

const params = new URL(self.location.href).searchParams;
const sameOrigin = (path) => path.startsWith("/") && !path.startsWith("//");
const OFFLINE_URL = sameOrigin(params.get("offline") || "") ? params.get("offline") : null;
const ASSETS = params.getAll("asset").filter(sameOrigin);
const CACHE = "qms-offline-" + (params.get("v") || "1");

self.addEventListener("install", (event) => {
  if (!OFFLINE_URL) return;
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([OFFLINE_URL, ...ASSETS]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith("qms-offline-") && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !OFFLINE_URL) return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Pages always come from the server; only when it cannot be reached, the offline page.
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE_URL)));
  } else if (ASSETS.includes(url.pathname)) {
    event.respondWith(fetch(request).catch(() => caches.match(url.pathname)));
  }
});
