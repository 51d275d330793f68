using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary>Every call refuses a missing or wrong key, and each key opens only its own kind of call.</summary>
public class KeyCheckTests(TicketSite site) : IClassFixture<TicketSite>
{
    // Each call with arguments that pass its argument checks, so the key check is what answers.
    private static readonly Dictionary<string, (bool Write, (string, string)[] Arguments)> Calls = new()
    {
        ["list_users"] = (false, []),
        ["verify_password"] = (false, [("user", "someone"), ("password", "some-password")]),
        ["change_password"] = (true, [("user", "someone"), ("password", "some-password")]),
        ["add_user"] = (true, [("user", "newcomer"), ("password", "some-password")]),
        ["list_products"] = (false, []),
        ["add_release"] = (true, [("release_id", "1.0"), ("product_id", "1"), ("notes", "first")]),
        ["sign_guestbook"] = (true, [("message", "hello")]),
        ["show_ticket"] = (false, [("id", "1")]),
        ["list_tickets"] = (false, [("product_id", "1")]),
        ["add_ticket"] = (true, [("title", "t"), ("description", "d"), ("product_id", "1"), ("release_id", "1.0")]),
        ["add_comment"] = (true, [("comment", "c"), ("id", "1")]),
        ["update_ticket"] = (true, [("id", "1"), ("status", "Closed")]),
        ["assign_ticket"] = (true, [("id", "1"), ("user", "someone")]),
        ["list_files"] = (false, []),
    };

    public static TheoryData<string, LegacyApiTransport> CallsAndTransports()
    {
        var data = new TheoryData<string, LegacyApiTransport>();
        foreach (var call in Calls.Keys)
            foreach (var transport in Transports.Values)
                data.Add(call, transport);
        return data;
    }

    [Theory]
    [MemberData(nameof(CallsAndTransports))]
    public async Task A_missing_key_is_reported_after_the_arguments(string call, LegacyApiTransport transport)
    {
        var api = site.Api.Using(transport);
        var arguments = Calls[call].Arguments;

        (await api.CallAsync(call, arguments)).ShouldBeMissing("key");
        (await api.CallAsync(call, [.. arguments, ("key", "")])).ShouldBeMissing("key");
        (await api.CallAsync(call, [.. arguments, ("key", "0")])).ShouldBeMissing("key");
    }

    [Theory]
    [MemberData(nameof(CallsAndTransports))]
    public async Task A_wrong_key_or_the_other_calls_key_is_invalid(string call, LegacyApiTransport transport)
    {
        var api = site.Api.Using(transport);
        var (write, arguments) = Calls[call];
        var own = write ? FirstRun.WriteKey : FirstRun.ReadKey;
        var other = write ? FirstRun.ReadKey : FirstRun.WriteKey;

        (await api.CallAsync(call, [.. arguments, ("key", "wrong")])).ShouldBeInvalidKey();
        (await api.CallAsync(call, [.. arguments, ("key", other)])).ShouldBeInvalidKey();
        (await api.CallAsync(call, [.. arguments, ("key", own.ToLowerInvariant())])).ShouldBeInvalidKey();
        (await api.CallAsync(call, [.. arguments, ("key", own + " ")])).ShouldBeInvalidKey();
    }
}
