-- wrk script for perf/load.sh: every connection is a person of their own, signed in through the login form
-- (the session's cookies from the SESSIONS file, "user cookies basic-token" per line) and also calling the API
-- with HTTP Basic as that user. Each connection goes round its own list of requests: its mine's dashboard for two
-- quarters, the API's figures, alerts and guidance; executives also the other mine's dashboard.
-- Run with as many threads as connections (-tN -cN). Arguments after --: the ids of Caylloma and San Jose.
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
    local user, cookies, token = line:match("^(%S+)%s+(%S+)%s+(%S+)$")
    table.insert(sessions, { user = user, cookies = cookies, token = token })
  end
  local session = sessions[((index - 1) % #sessions) + 1]
  local caylloma, sanjose = args[1], args[2]
  local own = session.user == "manager.sanjose" and sanjose or caylloma
  local page = { Cookie = session.cookies }
  local api = { Authorization = "Basic " .. session.token, Accept = "application/json" }
  requests = {
    { kind = "page", path = "/dashboard.xhtml?mine=" .. own .. "&quarter=2011-Q3", headers = page },
    { kind = "api", path = "/api/observations?mine=" .. own, headers = api },
    { kind = "page", path = "/dashboard.xhtml?mine=" .. own .. "&quarter=2011-Q1", headers = page },
    { kind = "api", path = "/api/alerts?status=OPEN", headers = api },
    { kind = "api", path = "/api/guidance?year=2011&asOf=2011-Q3", headers = api },
  }
  if session.user == "executive" then
    table.insert(requests, { kind = "page", path = "/dashboard.xhtml?mine=" .. sanjose .. "&quarter=2011-Q3", headers = page })
  end
  next_request = 0
  failures = 0
  pages = 0
  calls = 0
end

function request()
  next_request = next_request % #requests + 1
  current = requests[next_request]
  return wrk.format("GET", current.path, current.headers)
end

function response(status, headers, body)
  -- a page that is not the dashboard (a redirect to sign in, an error page) or an API answer that is not 200 JSON fails
  if current.kind == "page" then
    pages = pages + 1
    if status ~= 200 or not string.find(body, "dashboard:heading", 1, true) then
      failures = failures + 1
    end
  else
    calls = calls + 1
    if status ~= 200 or body:sub(1, 1) ~= "[" then
      failures = failures + 1
    end
  end
end

function done(summary, latency, requests)
  local failed, page_count, call_count = 0, 0, 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
    page_count = page_count + thread:get("pages")
    call_count = call_count + thread:get("calls")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("requests %d in %.1f s: %.1f per second (%d dashboards, %d API calls); failures %d; socket errors and timeouts %d\n",
      summary.requests, seconds, summary.requests / seconds, page_count, call_count, failed,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
