// A little JavaScript that improves what the HTML already does; every page works without it.
(() => {
  "use strict";

  // Guía §12: the group first, the agent last. Offer only the chosen group's agents.
  for (const group of document.querySelectorAll("select[data-agents-for]")) {
    const agents = document.getElementById(group.dataset.agentsFor);
    if (!agents) continue;
    const sync = () => {
      for (const optgroup of agents.querySelectorAll("optgroup")) {
        const visible = !group.value || optgroup.dataset.group === group.value;
        optgroup.hidden = !visible;
        optgroup.disabled = !visible;
      }
      const chosen = agents.selectedOptions[0];
      if (chosen && chosen.dataset.group && group.value && chosen.dataset.group !== group.value) agents.value = "";
    };
    group.addEventListener("change", sync);
    sync();
  }

  // "Notificado por": suggestions while typing, from the people search.
  for (const input of document.querySelectorAll("input[data-people-search]")) {
    const list = document.getElementById(input.getAttribute("list"));
    let timer = 0;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2 || !list) return;
      timer = setTimeout(async () => {
        const response = await fetch(`${input.dataset.peopleSearch}&q=${encodeURIComponent(q)}`, { headers: { Accept: "application/json" } });
        if (!response.ok) return;
        const people = await response.json();
        list.replaceChildren(...people.map(p => {
          const option = document.createElement("option");
          option.value = p.userName;
          option.label = p.displayName;
          return option;
        }));
      }, 200);
    });
  }

  // Guía §5: while a user writes a request, the knowledge articles that may already answer it.
  const suggestInputs = document.querySelectorAll("[data-suggest-into]");
  if (suggestInputs.length > 0) {
    const region = document.getElementById(suggestInputs[0].dataset.suggestInto);
    let timer = 0;
    let last = "";
    const suggest = () => {
      const text = [...suggestInputs].map(i => i.value).join(" ").trim();
      if (text === last || !region) return;
      last = text;
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const response = await fetch(`${region.dataset.suggest}&text=${encodeURIComponent(text.slice(0, 500))}`);
        if (response.ok) region.innerHTML = await response.text();
      }, 400);
    };
    for (const input of suggestInputs) input.addEventListener("input", suggest);
    if ([...suggestInputs].some(i => i.value)) suggest();
  }

  // Long work that runs on the server (a directory sync, an import): its progress every two seconds, in words and,
  // where the page has one, on a bar; and the page again when done.
  const progress = document.querySelector("[data-progress]");
  if (progress) {
    const bar = progress.querySelector("progress");
    const words = progress.querySelector("[role=status]") ?? progress;
    const poll = async () => {
      const response = await fetch(progress.dataset.progress, { headers: { Accept: "application/json" } });
      if (!response.ok) return;
      const state = await response.json();
      words.textContent = state.text;
      if (bar && typeof state.value === "number") {
        bar.max = state.max;
        bar.value = state.value;
      }
      if (state.running) setTimeout(poll, 2000);
      else setTimeout(() => location.reload(), 1000);
    };
    setTimeout(poll, 2000);
  }

  // After a failed form post, put the keyboard on the first error so that a screen reader reads it.
  const firstError = document.querySelector(".form-errors:not(:empty), .field-error:not(:empty)");
  if (firstError) {
    const details = firstError.closest("details");
    if (details) details.open = true;
    firstError.setAttribute("tabindex", "-1");
    firstError.focus();
  }
})();
