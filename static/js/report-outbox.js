// Reports typed without a connection (progressive enhancement; without this file the report
// form posts as usual and nothing is kept in the browser).
//
// The report form is sent with fetch. When the browser is offline, or the request fails on the
// way (the browser believes it is online but the network or the server's gateway is down), the
// form's fields (files too) are kept in IndexedDB under the form's one-time token
// (qms.submissions), the form is emptied for the next report with a new token, and the page
// says so. Any other answer is shown as the page: the receipt, or (sent again as an ordinary
// form post) the form with what to correct. When the connection is back – on this
// page or any other page of the site opened later by the same person – each kept report is
// posted as the form would have posted it, with its own token: if an earlier attempt did reach
// the server, the server answers with the first result instead of saving it again, so a report
// is never filed twice. A report is removed from the browser only once the server has answered
// with its receipt; one that needs correcting is put back into the form.
"use strict";

(() => {
  const DB_NAME = "qms-rapporter";
  const STORE = "vantande";
  const region = document.querySelector("[data-report-outbox]");
  if (!region || !("indexedDB" in window)) return;
  const user = region.dataset.user;
  const form = document.querySelector("form[data-report-outbox-form]");

  function openDb() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "token" });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  function withStore(mode, work) {
    return openDb().then(
      (db) =>
        new Promise((resolve, reject) => {
          const transaction = db.transaction(STORE, mode);
          const result = work(transaction.objectStore(STORE));
          transaction.oncomplete = () => {
            db.close();
            resolve(result && "result" in result ? result.result : undefined);
          };
          transaction.onerror = () => reject(transaction.error);
        }),
    );
  }

  const keep = (report) => withStore("readwrite", (store) => store.put(report));
  const forget = (token) => withStore("readwrite", (store) => store.delete(token));
  const kept = () =>
    withStore("readonly", (store) => store.getAll()).then((all) =>
      (all || []).filter((report) => report.user === user),
    );

  function newToken() {
    const bytes = new Uint8Array(24);
    crypto.getRandomValues(bytes);
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function say(kind, link) {
    const text = region.dataset["text" + kind[0].toUpperCase() + kind.slice(1)];
    region.querySelector("[data-outbox-text]").textContent = text;
    const anchor = region.querySelector("[data-outbox-link]");
    anchor.hidden = !link;
    if (link) {
      anchor.href = link.href;
      anchor.textContent = region.dataset[link.label];
    }
    region.querySelector("[data-outbox-message]").hidden = false;
  }

  function csrfToken() {
    const headers = document.body.getAttribute("hx-headers");
    try {
      return JSON.parse(headers)["X-CSRFToken"];
    } catch {
      const input = document.querySelector("input[name=csrfmiddlewaretoken]");
      return input ? input.value : "";
    }
  }

  // Put a kept report back into the form (to be corrected and sent by hand).
  function fill(report) {
    const files = {};
    for (const [name, value] of report.fields) {
      if (name === "csrfmiddlewaretoken") continue;
      if (value instanceof Blob) {
        if (value.size) (files[name] = files[name] || []).push(value);
        continue;
      }
      form.querySelectorAll(`[name="${CSS.escape(name)}"]`).forEach((element) => {
        if (element.type === "checkbox" || element.type === "radio") element.checked = element.value === value;
        else if (element.type !== "file") element.value = value;
      });
    }
    for (const [name, list] of Object.entries(files)) {
      const input = form.querySelector(`input[type=file][name="${CSS.escape(name)}"]`);
      if (!input) continue;
      const transfer = new DataTransfer();
      list.forEach((file) => transfer.items.add(file));
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }

  // Post one kept report; "sent" (with the receipt's address), "check" or "kept".
  function send(report) {
    const body = new FormData();
    for (const [name, value] of report.fields) {
      if (name !== "csrfmiddlewaretoken") body.append(name, value);
    }
    body.append("csrfmiddlewaretoken", csrfToken());
    return fetch(report.url, { method: "POST", body, credentials: "same-origin" }).then(
      (response) => {
        const landed = new URL(response.url);
        if (response.ok && response.redirected && !landed.pathname.startsWith("/konto/")) {
          return forget(report.token).then(() => ({ outcome: "sent", url: response.url }));
        }
        if (response.ok && !response.redirected) return { outcome: "check" };
        return { outcome: "kept" };
      },
      () => ({ outcome: "kept" }),
    );
  }

  // A report kept while the browser believed it was online: no "online" event will come, so
  // try again after a while (and on the next page of the site).
  const RETRY_MS = 30000;
  let retry = null;
  function retryLater() {
    if (retry) return;
    retry = window.setTimeout(() => {
      retry = null;
      sendKept();
    }, RETRY_MS);
  }

  let sending = null;
  function sendKept() {
    if (sending || !navigator.onLine) return sending;
    const run = () =>
      kept().then(async (reports) => {
        const receipts = [];
        for (const report of reports) {
          if (report.needsCheck) continue;
          say("sending");
          const result = await send(report);
          if (result.outcome === "sent") receipts.push(result.url);
          else if (result.outcome === "check") {
            report.needsCheck = true;
            await keep(report);
          } else {
            say("waiting");
            retryLater();
            return;
          }
        }
        await offerCorrection();
        if (receipts.length === 1 && form) window.location.assign(receipts[0]);
        else if (receipts.length) say("sent", { href: receipts[receipts.length - 1], label: "linkReceipt" });
      });
    // One tab at a time sends (the server would refuse a second copy anyway).
    const locked = navigator.locks ? navigator.locks.request("qms-rapporter", run) : run();
    sending = locked.catch(() => say("waiting")).finally(() => {
      sending = null;
    });
    return sending;
  }

  // A kept report the server refused goes back into the form, once, with its own token.
  function offerCorrection() {
    return kept().then((reports) => {
      const report = reports.find((candidate) => candidate.needsCheck);
      if (!report) return;
      if (!form) {
        say("check", { href: report.url, label: "linkForm" });
        return;
      }
      fill(report);
      return forget(report.token).then(() => say("check"));
    });
  }

  // Keep the report in the form in this browser, and empty the form for the next one.
  function keepForm(kind) {
    const url = new URL(form.action || window.location.href);
    const report = {
      token: form.elements.submission_token.value,
      user,
      url: url.pathname + url.search,
      savedAt: new Date().toISOString(),
      fields: [...new FormData(form).entries()],
    };
    return keep(report).then(
      () => {
        form.reset();
        form.elements.submission_token.value = newToken();
        form.querySelectorAll("input[type=file]").forEach((input) => input.dispatchEvent(new Event("change", { bubbles: true })));
        say(kind);
        region.focus();
        if (kind === "unreachable") retryLater();
      },
      () => say("failed"),
    );
  }

  if (form) {
    let posting = false;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (posting) return; // a second click while the first is on its way
      if (!navigator.onLine) {
        keepForm("saved");
        return;
      }
      posting = true;
      const url = form.action || window.location.href;
      fetch(url, { method: "POST", body: new FormData(form), credentials: "same-origin" }).then(
        (response) => {
          const landed = new URL(response.url);
          if (response.ok && response.redirected && !landed.pathname.startsWith("/konto/")) {
            window.location.assign(response.url); // the receipt
          } else if ([502, 503, 504].includes(response.status)) {
            posting = false;
            keepForm("unreachable"); // a gateway that cannot reach the server
          } else {
            // The form to correct (or the log-in): the same post as an ordinary page. Its
            // one-time token was not used up, since nothing was saved.
            HTMLFormElement.prototype.submit.call(form);
          }
        },
        () => {
          posting = false;
          keepForm("unreachable");
        },
      );
    });
  }

  window.addEventListener("online", sendKept);
  window.addEventListener("offline", () => {
    kept().then((reports) => reports.length && say("waiting"), () => {});
  });
  kept().then((reports) => {
    if (!reports.length) return;
    if (navigator.onLine) sendKept();
    else say("waiting");
  }, () => {});
})();
