-- wrk script for bench/load/run.sh. MESA_LOAD_METHOD (default GET) and MESA_LOAD_BODY (JSON) shape each request;
-- at the end, one line with the figures docs/performance.md keeps.
local method = os.getenv("MESA_LOAD_METHOD")
if method ~= nil and method ~= "" and method ~= "GET" then
  wrk.method = method
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = os.getenv("MESA_LOAD_BODY") or "{}"
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  local rps = summary.requests / (summary.duration / 1e6)
  -- A slow call (a whole job) makes less than one request a second: keep a decimal for those.
  local rate = rps < 10 and string.format("%.1f", rps) or string.format("%.0f", rps)
  io.write(string.format("RESULT p50=%.1f p95=%.1f p99=%.1f rps=%s requests=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    rate, summary.requests, errors))
end
