using Microsoft.Extensions.DependencyInjection;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Host.LegacyApi;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Host.Tests;

public class LegacyApiCallTableTests
{
    [Fact]
    public async Task Every_declared_call_has_a_registered_handler()
    {
        using var host = new TestHost().WithSampleModule();
        await FirstRun.CompleteAsync(host.Browser(), components: "guestbook");

        var calls = host.Services.GetRequiredService<LegacyApiCallTable>().All;

        calls.Select(c => c.Call.Name).ShouldContain("list_users");
        calls.Select(c => c.Call.Name).ShouldContain("sign_guestbook");
        await using var scope = host.Services.CreateAsyncScope();
        foreach (var entry in calls)
            scope.ServiceProvider.GetRequiredService(entry.Call.HandlerType).ShouldBeAssignableTo<ILegacyApiHandler>($"{entry.Call.Name} of {entry.Component.Slug}");
    }
}
