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

  // After a failed form post, put the keyboard on the first error so that a screen reader reads it.
  const firstError = document.querySelector(".form-errors:not(:empty), .field-error:not(:empty)");
  if (firstError) {
    const details = firstError.closest("details");
    if (details) details.open = true;
    firstError.setAttribute("tabindex", "-1");
    firstError.focus();
  }
})();
