using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary><c>add_release</c> (manual §5.9), through the project page's own release rules.</summary>
public class AddReleaseTests(AddReleaseTests.Site site) : IClassFixture<AddReleaseTests.Site>
{
    public sealed class Site : ApiSite
    {
        protected override async Task SeedAsync()
        {
            await AddProjectAsync("Desk");
            await AddProjectAsync("Retired", "Archived");
        }
    }

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Adds_a_release_by_api(LegacyApiTransport transport)
    {
        var version = "3." + (int)transport;

        var answer = await site.Api.Using(transport).WriteAsync("add_release", ("product_id", "1"), ("release_id", version), ("notes", "Faster & smaller"));

        answer.ShouldBeOk("Release added.");
        answer.ShouldHaveFields("message", "status");
        var release = (await site.Api.ReadAsync("list_products")).Items("products")[0].Items("releases").Single(r => r["version"] == version);
        (release["user"], release["note"]).ShouldBe(("api", "Faster & smaller"));
        (await site.AuditByApiAsync("project.release_added")).ShouldContain($"Release '{version}' added to project 1.");
    }

    [Fact]
    public async Task Checks_release_product_and_notes_before_the_key()
    {
        (await site.Api.CallAsync("add_release")).ShouldBeMissing("release_id");
        (await site.Api.CallAsync("add_release", ("product_id", "1"), ("notes", "n"))).ShouldBeMissing("release_id");
        (await site.Api.CallAsync("add_release", ("release_id", "4.0"), ("notes", "n"))).ShouldBeMissing("product_id");
        (await site.Api.CallAsync("add_release", ("release_id", "4.0"), ("product_id", "0"), ("notes", "n"))).ShouldBeMissing("product_id");
        (await site.Api.CallAsync("add_release", ("release_id", "4.0"), ("product_id", "1"))).ShouldBeMissing("notes");
        (await site.Api.CallAsync("add_release", ("release_id", "4.0"), ("product_id", "1"), ("notes", "0"))).ShouldBeMissing("notes");
        (await site.Api.CallAsync("add_release", ("release_id", new string('v', 51)), ("product_id", "1"), ("notes", "n")))
            .ShouldBe("ERR_ARGUMENT_LENGTH", "Bad length for 'release_id' argument (at most 50 characters).");
        (await site.Api.CallAsync("add_release", ("release_id", "4.0"), ("product_id", "1"), ("notes", new string('n', 1000))))
            .ShouldBe("ERR_ARGUMENT_LENGTH", "Bad length for 'notes' argument (at most 999 characters).");
        (await site.Api.CallAsync("add_release", ("release_id", "4.0"), ("product_id", "1"), ("notes", "n"))).ShouldBeMissing("key");
        (await site.Api.CallAsync("add_release", ("release_id", "4.0"), ("product_id", "1"), ("notes", "n"), ("key", FirstRun.ReadKey))).ShouldBeInvalidKey();
    }

    [Theory]
    [InlineData("1.9", "5.0")] // integers are read like Perl's int(): decimals truncated ...
    [InlineData("1e0", "5.1")] // ... and exponents understood
    public async Task Product_ids_are_read_leniently(string productId, string version)
    {
        (await site.Api.WriteAsync("add_release", ("product_id", productId), ("release_id", version), ("notes", "n"))).ShouldBeOk("Release added.");

        (await site.Api.ReadAsync("list_products")).Items("products")[0].Items("releases").ShouldContain(r => r["version"] == version);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task An_unknown_project_is_refused(string productId)
    {
        var answer = await site.Api.WriteAsync("add_release", ("product_id", productId), ("release_id", "6.0"), ("notes", "n"));

        answer.ShouldBe("ERR_INVALID_PRODUCT_ID", "Invalid 'product_id' value.");
    }

    [Fact]
    public async Task A_version_the_project_has_is_refused_in_any_letter_case()
    {
        (await site.Api.WriteAsync("add_release", ("product_id", "1"), ("release_id", "2.0-beta"), ("notes", "n"))).ShouldBeOk("Release added.");

        var again = await site.Api.WriteAsync("add_release", ("product_id", "1"), ("release_id", "2.0-BETA"), ("notes", "n"));

        again.ShouldBe("ERR_INVALID_ARGUMENT", "Release '2.0-BETA' already exists.");
    }

    [Fact]
    public async Task An_archived_project_takes_no_release()
    {
        var answer = await site.Api.WriteAsync("add_release", ("product_id", "2"), ("release_id", "9.0"), ("notes", "n"));

        answer.ShouldBe("ERR_INVALID_ARGUMENT", "Archived projects take no new releases.");
    }
}
