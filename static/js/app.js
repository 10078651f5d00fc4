// Small progressive enhancements; every page works without this file.
// After a failed submit, move focus to the error summary so screen readers announce it.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector(".error-summary");
  if (summary) summary.focus();
});

// After a pager link has swapped in another page of a list, continue from the top of the new
// rows: move focus to the results heading (the link that had focus is gone).
document.addEventListener("htmx:afterSwap", (event) => {
  const trigger = event.detail.requestConfig && event.detail.requestConfig.elt;
  if (trigger && trigger.hasAttribute && trigger.hasAttribute("data-focus-results")) {
    const heading = document.getElementById("results-heading");
    if (heading) heading.focus();
  }
});

// Audit checklists save each answer as it changes (htmx); the answer's status area shows the
// result. A 422 carries the errors: show them. A failed request (no connection, server error)
// leaves what was typed in place, says so beside the question, and is sent again when the
// connection comes back. A file that was saved is cleared, so the next save does not resend it.
function autosaveForm(event) {
  const elt = event.detail.elt;
  return elt && elt.closest ? elt.closest("form[data-autosave]") : null;
}

document.addEventListener("htmx:beforeSwap", (event) => {
  if (event.detail.xhr.status === 422 && autosaveForm(event)) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

function markSaveFailed(event) {
  const form = autosaveForm(event);
  if (!form) return;
  form.dataset.saveState = "failed";
  form.querySelector("[data-save-failed]").hidden = false;
}
document.addEventListener("htmx:sendError", markSaveFailed);
document.addEventListener("htmx:responseError", markSaveFailed);

document.addEventListener("htmx:afterRequest", (event) => {
  const form = autosaveForm(event);
  if (!form || !event.detail.successful) return;
  delete form.dataset.saveState;
  form.querySelector("[data-save-failed]").hidden = true;
  form.querySelectorAll("input[type=file]").forEach((input) => {
    input.value = "";
  });
});

window.addEventListener("online", () => {
  document
    .querySelectorAll("form[data-autosave][data-save-state='failed']")
    .forEach((form) => window.htmx.trigger(form, "submit"));
});

// The report form: the IA-systemet number is asked for only when the chosen category asks for
// it (its option carries data-asks-ia). Without this script the field is always shown.
function showIaFieldWhenAsked(select) {
  const input = document.getElementById("id_ia_case_number");
  if (!input) return;
  const option = select.options[select.selectedIndex];
  const asked = Boolean(option && option.dataset.asksIa) || input.value !== "";
  input.closest(".field").hidden = !asked;
}
document.addEventListener("DOMContentLoaded", () => {
  const select = document.querySelector("select[name=category]");
  if (!select || !document.getElementById("id_ia_case_number")) return;
  showIaFieldWhenAsked(select);
  select.addEventListener("change", () => showIaFieldWhenAsked(select));
});

// The installable web app: a service worker that shows the offline page when a page cannot be
// fetched (static/js/sw.js, served at /sw.js). The page names what the worker keeps.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    const meta = document.querySelector("meta[name=qms-service-worker]");
    if (!meta) return;
    const query = new URLSearchParams({ offline: meta.dataset.offline });
    meta.dataset.assets.split(" ").filter(Boolean).forEach((asset) => query.append("asset", asset));
    query.set("v", String(Array.from(query.toString()).reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7) >>> 0));
    navigator.serviceWorker.register(`${meta.content}?${query}`, { scope: "/" }).catch(() => {});
  });
}

// Chosen photos shown as thumbnails under a file field marked data-previews (the report form),
// before anything is sent. The pictures are read in the browser (data: URLs, allowed by the
// CSP); files that are not pictures, or that the browser cannot show, are listed by name.
function showFilePreviews(input) {
  let list = input.parentElement.querySelector(".file-previews");
  if (!list) {
    list = document.createElement("ul");
    list.className = "file-previews";
    input.after(list);
  }
  list.replaceChildren();
  Array.from(input.files).forEach((file) => {
    const item = document.createElement("li");
    const name = document.createElement("span");
    name.textContent = file.name;
    if (file.type.startsWith("image/")) {
      const img = document.createElement("img");
      img.className = "thumbnail";
      img.alt = "";
      img.addEventListener("error", () => img.remove());
      const reader = new FileReader();
      reader.addEventListener("load", () => {
        img.src = reader.result;
      });
      reader.readAsDataURL(file);
      item.append(img);
    }
    item.append(name);
    list.append(item);
  });
}
document.addEventListener("change", (event) => {
  const input = event.target;
  if (input.matches && input.matches("input[type=file][data-previews]")) showFilePreviews(input);
});
