// The live board refreshes its numbers every half minute without reloading the page. The figures are the server's
// shared ones, so many screens cost no more than one. A pause button stops the changes (WCAG 2.2.2).
(() => {
  "use strict";
  const table = document.getElementById("board-table");
  const pause = document.getElementById("board-pause");
  const takenAt = document.getElementById("board-taken-at");
  if (!table || !pause) return;
  let paused = false;
  pause.hidden = false;
  pause.addEventListener("click", () => {
    paused = !paused;
    pause.setAttribute("aria-pressed", String(paused));
    pause.textContent = paused ? pause.dataset.resume : pause.dataset.pause;
  });

  const set = (anchor, cell) => {
    if (!anchor || !cell) return;
    anchor.textContent = cell.text;
    if (cell.link) anchor.href = cell.link;
  };

  const refresh = async () => {
    if (paused || document.hidden) return;
    const response = await fetch(table.dataset.refresh, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (!response.ok) return;
    const figures = await response.json();
    for (const [column, cell] of Object.entries(figures.total)) set(document.querySelector(`[data-cell="total.${column}"]`), cell);
    for (const row of figures.rows) {
      const line = table.querySelector(`tr[data-row="${CSS.escape(row.key)}"]`);
      if (!line) continue;
      for (const [column, cell] of Object.entries(row.cells)) set(line.querySelector(`[data-cell="${column}"]`), cell);
    }
    takenAt.textContent = figures.takenAt;
  };
  setInterval(() => refresh().catch(() => {}), 30000);
})();
