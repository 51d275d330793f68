using System.Globalization;
using System.Text;

namespace NodePoint.Benchmarks;

/// <summary>
/// Writes a scenario's wrk script: per-thread random seeds and counters, the scenario's own <c>request()</c> (and
/// <c>response()</c>), and a <c>done()</c> that prints one machine-readable line the harness parses:
/// <c>BENCH requests=… duration_us=… rps=… p50_us=… p95_us=… p99_us=… connect=… read=… write=… timeout=… status=… api=…</c>.
/// </summary>
internal static class LuaScript
{
    private const string Prologue = """
        local threads = {}
        local next_thread = 1

        function setup(thread)
          thread:set("thread_id", next_thread)
          next_thread = next_thread + 1
          table.insert(threads, thread)
        end

        function init(args)
          math.randomseed(os.time() * 100 + thread_id)
          counter = 0
          api_errors = 0
          first_error = ""
        end

        """;

    private const string Epilogue = """

        function done(summary, latency, requests)
          local api, first = 0, ""
          for _, t in ipairs(threads) do
            api = api + (t:get("api_errors") or 0)
            local e = t:get("first_error")
            if first == "" and e ~= nil and e ~= "" then first = e end
          end
          local e = summary.errors
          io.write(string.format("BENCH requests=%d duration_us=%d rps=%.1f p50_us=%.0f p95_us=%.0f p99_us=%.0f connect=%d read=%d write=%d timeout=%d status=%d api=%d\n",
            summary.requests, summary.duration, summary.requests / (summary.duration / 1000000), latency:percentile(50), latency:percentile(95), latency:percentile(99),
            e.connect, e.read, e.write, e.timeout, e.status, api))
          if first ~= "" then io.write("BENCH_ERROR " .. (string.gsub(first, "%s+", " ")) .. "\n") end
        end
        """;

    /// <summary>A <c>response()</c> for the legacy write calls: an answer of 200 whose status is not OK counts as an API error.</summary>
    public const string LegacyAnswerCheck = """

        function response(status, headers, body)
          if status == 200 and not string.find(body, '"status": "OK"', 1, true) then
            api_errors = api_errors + 1
          end
          if first_error == "" and (status ~= 200 or not string.find(body, '"status": "OK"', 1, true)) then
            first_error = status .. " " .. string.sub(body or "", 1, 300)
          end
        end
        """;

    public static string Write(string folder, string name, string body)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".lua");
        File.WriteAllText(path, $"-- Written by NodePoint.Benchmarks for the scenario '{name}'.\n" + Prologue + body + Epilogue);
        return path;
    }

    /// <summary>A Lua string literal.</summary>
    public static string Text(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                < ' ' => $"\\{(int)c:D3}",
                _ => c.ToString(),
            });
        return text.Append('"').ToString();
    }

    /// <summary>A Lua table of numbers: <c>{1, 2, 3}</c>.</summary>
    public static string Numbers(IEnumerable<int> values) =>
        "{" + string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "}";

    /// <summary>A Lua table of strings.</summary>
    public static string Texts(IEnumerable<string> values) => "{" + string.Join(", ", values.Select(Text)) + "}";
}
