using static NodePoint.Benchmarks.LuaScript;

namespace NodePoint.Benchmarks;

/// <summary>What the scenarios draw from: the seeded ticket range, the projects, tickets that take comments, the API keys and a session.</summary>
internal sealed record BenchFixture(int MaxTicketId, IReadOnlyList<int> ProjectIds, IReadOnlyList<int> OpenTicketIds, string ReadKey, string WriteKey, string SessionCookie);

/// <summary>The load scenarios of the issue, in the order they run: reads first, then the write calls, then the pages.</summary>
internal static class Scenarios
{
    /// <summary>Searches built from the seeded titles' words; the last word is also matched as a prefix.</summary>
    private static readonly string[] Searches = ["printer slow", "laptop error", "vpn disconnecting", "monitor noise", "password login", "router update", "mailbox sync", "headset repl"];

    public static IReadOnlyList<Scenario> All(BenchFixture f)
    {
        var session = $"wrk.headers[\"Cookie\"] = {Text($"{BenchLogin.CookieName}={f.SessionCookie}")}\n";
        var ids = $"local max_id = {f.MaxTicketId}\nlocal projects = {Numbers(f.ProjectIds)}\n";
        var form = "wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"\n";
        var project = f.ProjectIds.Count > 2 ? f.ProjectIds[2] : f.ProjectIds[0];
        return
        [
            new("legacy show_ticket", "GET /?api=show_ticket&id=<random>&key=<read key>",
                ids + $"local key = {Text(f.ReadKey)}\n" + """
                function request()
                  return wrk.format("GET", "/?api=show_ticket&id=" .. math.random(1, max_id) .. "&key=" .. key)
                end
                """,
                new("GET", $"/?api=show_ticket&id={f.MaxTicketId / 2}&key={f.ReadKey}", Legacy: true),
                Target.MinRequestsPerSecond(20_000)),
            new("legacy list_tickets", "GET /?api=list_tickets&product_id=<random project>&key=<read key>: every ticket of one project",
                ids + $"local key = {Text(f.ReadKey)}\n" + """
                function request()
                  return wrk.format("GET", "/?api=list_tickets&product_id=" .. projects[math.random(#projects)] .. "&key=" .. key)
                end
                """,
                new("GET", $"/?api=list_tickets&product_id={project}&key={f.ReadKey}", Legacy: true)),
            new("REST GET ticket", "GET /api/v1/tickets/<random> (logged in as agent)",
                ids + session + """
                function request()
                  return wrk.format("GET", "/api/v1/tickets/" .. math.random(1, max_id))
                end
                """,
                new("GET", $"/api/v1/tickets/{f.MaxTicketId / 2}", LoggedIn: true)),
            new("REST ticket list", "GET /api/v1/tickets?project=<random>&status=Open&page=<1-5>&size=50 (logged in)",
                ids + session + """
                function request()
                  return wrk.format("GET", "/api/v1/tickets?project=" .. projects[math.random(#projects)] .. "&status=Open&page=" .. math.random(1, 5) .. "&size=50")
                end
                """,
                new("GET", $"/api/v1/tickets?project={project}&status=Open&page=2&size=50", LoggedIn: true)),
            new("page: ticket list", "GET /tickets?project=<random>&status=Open&page=<1-5> (logged in)",
                ids + session + """
                function request()
                  return wrk.format("GET", "/tickets?project=" .. projects[math.random(#projects)] .. "&status=Open&page=" .. math.random(1, 5))
                end
                """,
                new("GET", $"/tickets?project={project}&status=Open&page=2", LoggedIn: true),
                Target.MaxP95(50)),
            new("page: ticket", "GET /tickets/<random> (logged in)",
                ids + session + """
                function request()
                  return wrk.format("GET", "/tickets/" .. math.random(1, max_id))
                end
                """,
                new("GET", $"/tickets/{f.MaxTicketId / 2}", LoggedIn: true),
                Target.MaxP95(50)),
            new("page: search", $"GET /tickets?q=<one of: {string.Join(", ", Searches)}> (logged in)",
                session + $"local searches = {Texts(Searches.Select(s => s.Replace(' ', '+')))}\n" + """
                function request()
                  return wrk.format("GET", "/tickets?q=" .. searches[math.random(#searches)])
                end
                """,
                new("GET", "/tickets?q=printer+slow", LoggedIn: true),
                Target.MaxP95(50)),
            new("page: home", "GET / logged in as agent (assigned to every project, follows many tickets)",
                session + """
                function request()
                  return wrk.format("GET", "/")
                end
                """,
                new("GET", "/", LoggedIn: true)),
            new("legacy add_ticket", "POST api=add_ticket&product_id=1&release_id=1.0&title=…&description=… (write key)",
                form + $"local key = {Text(f.WriteKey)}\n" + """
                function request()
                  counter = counter + 1
                  return wrk.format("POST", "/", nil, "api=add_ticket&key=" .. key .. "&product_id=1&release_id=1.0&title=Bench+ticket+" .. thread_id .. "-" .. counter
                    .. "&description=Filed+by+the+benchmark.+The+printer+is+very+slow.")
                end
                """ + LegacyAnswerCheck,
                new("POST", "/", $"api=add_ticket&key={f.WriteKey}&product_id=1&release_id=1.0&title=Bench+check&description=Filed+by+the+benchmark.", Legacy: true)),
            new("legacy add_comment", $"POST api=add_comment&id=<one of {f.OpenTicketIds.Count:N0} New/Open tickets>&comment=… (write key)",
                form + $"local key = {Text(f.WriteKey)}\nlocal open = {Numbers(f.OpenTicketIds)}\n" + """
                function request()
                  counter = counter + 1
                  return wrk.format("POST", "/", nil, "api=add_comment&key=" .. key .. "&id=" .. open[math.random(#open)] .. "&comment=Bench+comment+" .. thread_id .. "-" .. counter)
                end
                """ + LegacyAnswerCheck,
                new("POST", "/", $"api=add_comment&key={f.WriteKey}&id={f.OpenTicketIds[0]}&comment=Bench+check", Legacy: true)),
        ];
    }
}
