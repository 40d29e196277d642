-- wrk script: POSTs a rotating set of synthetic tweet-length posts (posts.txt, one per line) to irlint.
-- MODE=api (default) hits /api/v1/check with JSON; MODE=lt hits /v2/check with a LanguageTool form.
local mode = os.getenv("MODE") or "api"
local dir = os.getenv("BENCH_DIR") or "."
local bodies = {}

local function json_string(s)
  s = s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n'):gsub('\r', '\\r'):gsub('\t', '\\t')
  return '"' .. s .. '"'
end

local function url_encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

for line in io.lines(dir .. "/posts.txt") do
  if #line > 0 then
    if mode == "lt" then
      table.insert(bodies, "language=en-US&text=" .. url_encode(line))
    else
      table.insert(bodies, '{"text":' .. json_string(line) .. ',"audience":"public"}')
    end
  end
end

local path = mode == "lt" and "/v2/check" or "/api/v1/check"
local headers = { ["Content-Type"] = mode == "lt" and "application/x-www-form-urlencoded" or "application/json" }
local counter = 0

function setup(thread)
  thread:set("offset", counter * 7)
  counter = counter + 1
end

function init(args)
  n = offset or 0
end

function request()
  n = n + 1
  return wrk.format("POST", path, headers, bodies[(n % #bodies) + 1])
end

local errors = 0
function response(status, hdrs, body)
  if status ~= 200 then
    errors = errors + 1
    if errors <= 3 then io.stderr:write("non-200 answer: " .. status .. "\n") end
  end
end
