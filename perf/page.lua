-- wrk script: every connection a signed-in person of its own, asking for one address in a closed loop. Run with as
-- many threads as connections (-t16 -c16): each thread takes one session's cookies from the SESSIONS file (a line
-- each, from sign-in.sh). Arguments after --: the PATH, and a MARKER the answer must contain to count as the page
-- asked for (a sign-in page or an error page given instead counts as a failure; "" checks the status only). An
-- address under /api/ is asked with HTTP Basic (the base64 "user:password" in the environment's API_TOKEN) instead
-- of the session, as programs call it. Prints p50, p95 and p99 of the latency and the failures.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

function init(args)
  local sessions = {}
  for line in io.lines(os.getenv("SESSIONS")) do
    table.insert(sessions, line)
  end
  wrk.path = args[1] or wrk.path
  marker = args[2] or ""
  if string.sub(wrk.path, 1, 5) == "/api/" then
    wrk.headers["Authorization"] = "Basic " .. os.getenv("API_TOKEN")
    wrk.headers["Accept"] = "application/json"
  else
    wrk.headers["Cookie"] = sessions[((index - 1) % #sessions) + 1]
  end
  failures = 0
end

function response(status, headers, body)
  if status ~= 200 or (marker ~= "" and not string.find(body, marker, 1, true)) then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
  end
  io.write(string.format("requests %d in %.1f s: %.1f per second; failures %d\n", summary.requests,
      summary.duration / 1e6, summary.requests / (summary.duration / 1e6), failed))
  io.write(string.format("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
