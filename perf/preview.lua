-- POST /api/imports/preview with a release's text, as an administrator (Basic credentials; the portal
-- remembers a verified password, so PBKDF2 is paid once). The body is read from the file in $BODY.
local f = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain; charset=UTF-8"
wrk.headers["Authorization"] = "Basic YWRtaW46bWluZXdhdGNo" -- admin:minewatch, the demo's administrator

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
