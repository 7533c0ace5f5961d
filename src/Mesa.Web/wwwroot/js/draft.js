// Guía §14: "Nuevo registro" keeps a draft while the agent writes. Without this script the page still works:
// "Guardar borrador" keeps the form and "Borrar" discards it. With it, the form is saved a few seconds after the
// agent stops typing, and the status line (read politely by screen readers) says when.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form) return;
  var url = form.getAttribute("data-autosave");
  var idField = form.querySelector("[data-draft-id]");
  var status = form.querySelector("[data-draft-status]");
  var timer = null;
  var saving = false;
  var again = false;
  var submitting = false;

  function save() {
    if (submitting) return;
    if (saving) { again = true; return; }
    saving = true;
    var body = new FormData(form);
    fetch(url, { method: "POST", body: body, credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.json().then(function (json) { return { ok: response.ok, json: json }; }); })
      .then(function (answer) {
        if (answer.ok && answer.json.draft) {
          idField.value = answer.json.draft;
          status.textContent = (status.getAttribute("data-saved") || "Borrador guardado a las {0}").replace("{0}", answer.json.savedAt);
          var here = new URL(window.location.href);
          here.searchParams.set("draft", answer.json.draft);
          window.history.replaceState(null, "", here.toString());
        } else if (answer.json && answer.json.message) {
          status.textContent = answer.json.message;
        }
      })
      .catch(function () { /* offline for a moment: the next keystroke tries again */ })
      .then(function () {
        saving = false;
        if (again) { again = false; save(); }
      });
  }

  function later() {
    if (timer) window.clearTimeout(timer);
    timer = window.setTimeout(save, 2000);
  }

  form.addEventListener("input", later);
  form.addEventListener("change", later);
  form.addEventListener("submit", function () {
    submitting = true;
    if (timer) window.clearTimeout(timer);
  });
})();
