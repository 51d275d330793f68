using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary>Whatever people type comes back exactly, in answers that always parse (the original printed text raw).</summary>
public class HostileTextTests(HostileTextTests.Site site) : IClassFixture<HostileTextTests.Site>
{
    private const string Script = "<script>alert(1)</script>' OR 1=1 --";
    private const string Mixed = "He said \"hi\" \\ C:\\temp\\new\nsecond line\r\n\ttabbed & <b>bold</b> ünïcødé ✓ \u0001\u001f end";

    public sealed class Site : ApiSite
    {
        protected override Task SeedAsync() => AddProjectAsync("Hostile", description: Script + "\n" + Mixed);
    }

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Quotes_backslashes_markup_and_control_characters_round_trip(LegacyApiTransport transport)
    {
        var version = Script + " " + (int)transport;

        (await site.Api.Using(transport).WriteAsync("add_release", ("product_id", "1"), ("release_id", version), ("notes", Mixed))).ShouldBeOk("Release added.");

        var answer = await site.Api.Using(transport).ReadAsync("list_products");
        var project = answer.Items("products").Single();
        project["description"].ShouldBe(Script + "\n" + Mixed.Replace("\r", ""));
        var release = project.Items("releases").Single(r => r["version"] == version);
        release["note"].ShouldBe(Mixed);
        answer.Text.ShouldNotContain("\t");
        answer.Text.ShouldNotContain("\r");
        answer.Text.ShouldNotContain("\u0001");
    }

    [Fact]
    public async Task Text_echoed_in_a_message_round_trips_too()
    {
        (await site.Api.WriteAsync("add_release", ("product_id", "1"), ("release_id", Script), ("notes", "n"))).ShouldBeOk("Release added.");

        var again = await site.Api.WriteAsync("add_release", ("product_id", "1"), ("release_id", Script), ("notes", "n"));

        again.ShouldBe("ERR_INVALID_ARGUMENT", $"Release '{Script}' already exists.");
    }
}
