using System.Diagnostics;
namespace NodePoint.Plugins.Ldap.Tests;
public class ScratchProbe(SlapdServer server) : IClassFixture<SlapdServer>
{
    [Fact]
    public async Task Probe()
    {
        var lines = new List<string>();
        async Task Run(string label, DirectoryLogin login, string user, string pw)
        {
            var clock = Stopwatch.StartNew();
            var r = await login.LoginAsync(user, pw);
            lines.Add($"{label}: {r.Outcome} in {clock.ElapsedMilliseconds} ms: {r.Detail}");
            foreach (var e in login.Log.Entries) lines.Add($"   log {e.Level}: {e.Message.Split('\n')[0]}");
        }
        await Run("good", DirectoryLogin.For(server), "alice", SlapdServer.UserPassword);
        await Run("bad", DirectoryLogin.For(server), "alice", "x");
        await Run("unknown", DirectoryLogin.For(server), "mallory", "x");
        var l = DirectoryLogin.For(server); l.Settings[LdapSettings.UseLdaps] = "true";
        await Run("ldaps-plain", l, "alice", SlapdServer.UserPassword);
        await Run("closed", DirectoryLogin.OnClosedPort(), "alice", "x");
        using var silent = new SilentServer();
        var s = new DirectoryLogin(silent.Address); s.Settings[LdapSettings.TimeoutSeconds] = "1";
        await Run("silent", s, "alice", "x");
        var bad = new DirectoryLogin(server.Address, "uid={user},,,ou=people");
        await Run("baddn", bad, "alice", "x");
        var dom = new DirectoryLogin(server.Address, "{domain}\\{user}");
        await Run("nodomain", dom, "alice", "x");
        var dns = new DirectoryLogin("nonexistent.invalid");
        await Run("dns", dns, "alice", "x");
        File.WriteAllLines("/tmp/ldap-probe.txt", lines);
    }
}
