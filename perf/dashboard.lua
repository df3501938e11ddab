-- wrk script: every connection a signed-in person of its own. Run with as many threads as connections
-- (-t16 -c16): each thread takes one session cookie from the SESSIONS file (one session's cookies per line, from sign-in.sh) and
-- asks for the PATH given after --; an answer counts as failed unless it is 200 and holds the MARK given after the path
-- (the dashboard's heading by default). Prints p50, p95 and p99 of the latency and the failures.
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
  local cookie = sessions[((index - 1) % #sessions) + 1]
  wrk.headers["Cookie"] = cookie
  wrk.path = args[1] or wrk.path
  mark = args[2] or "dashboard:heading"
  failures = 0
end

function response(status, headers, body)
  -- a page that is not the one asked for (a redirect to sign in, an error) counts as a failure
  if status ~= 200 or not string.find(body, mark, 1, true) then
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
