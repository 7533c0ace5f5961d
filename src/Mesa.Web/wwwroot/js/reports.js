// A report's chart (Guía §4), drawn by Chart.js from the data the page carries; the table below the chart holds the
// same numbers for screen readers, keyboards and printing. Without JavaScript the table is the report.
(() => {
  "use strict";
  const canvas = document.getElementById("report-chart");
  const source = document.getElementById("report-chart-data");
  if (!canvas || !source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  // Okabe–Ito: told apart with the commonest colour blindness.
  const palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"];
  const language = document.documentElement.lang || "es";
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const share = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 });
  const format = value => value === null || value === undefined ? "—" : data.percent ? share.format(value) : number.format(value);
  const lines = data.kind === "lines";
  const stacked = data.kind === "stacked-bars";
  const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  new Chart(canvas, {
    type: lines ? "line" : "bar",
    data: {
      labels: data.labels,
      datasets: data.series.map((s, i) => ({
        label: s.name,
        data: s.values,
        backgroundColor: palette[i % palette.length],
        borderColor: palette[i % palette.length],
        borderWidth: lines ? 2 : 0,
        pointRadius: lines ? 2 : 0,
        spanGaps: false,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: still ? false : { duration: 300 },
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { stacked },
        y: {
          stacked,
          beginAtZero: true,
          suggestedMax: data.percent ? 1 : undefined,
          ticks: { callback: value => format(value) },
        },
      },
      plugins: {
        legend: { position: "bottom" },
        tooltip: { callbacks: { label: item => `${item.dataset.label}: ${format(item.raw)}` } },
      },
    },
  });
})();
