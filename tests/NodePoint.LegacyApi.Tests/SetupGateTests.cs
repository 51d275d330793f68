using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

public class SetupGateTests
{
    [Theory]
    [InlineData("/?api=list_users&key=anything")]
    [InlineData("/index?api=list_users")]
    public async Task Before_setup_calls_lead_to_setup_like_every_page(string url)
    {
        using var host = new TestHost();

        var response = await host.Browser().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/setup");
    }
}
