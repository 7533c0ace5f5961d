-- wrk script for bench/load/run.sh. With MESA_LOAD_CREATE=1 each request registers a ticket (POST /api/v1/tickets);
-- otherwise it is a plain GET. At the end, one line with the figures docs/performance.md keeps.
if os.getenv("MESA_LOAD_CREATE") == "1" then
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = '{"type":"incident","title":"La impresora no imprime","description":"Los documentos quedan en cola.",' ..
    '"service":"Soporte Técnico","category":"/Hardware/Impresoras","impact":"medium","urgency":"high"}'
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT p50=%.1f p95=%.1f p99=%.1f rps=%.0f requests=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, errors))
end
