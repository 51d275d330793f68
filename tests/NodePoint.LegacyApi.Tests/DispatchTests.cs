using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary>How the host finds and answers calls: the routes, the methods, the arguments, and what every answer looks like.</summary>
public class DispatchTests(ApiSite site) : IClassFixture<ApiSite>
{
    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task An_unknown_call_is_refused_before_any_key_check(LegacyApiTransport transport)
    {
        var answer = await site.Api.Using(transport).CallAsync("list_everything");

        answer.Text.ShouldBe("{\n \"message\": \"Invalid 'api' value. See the manual for valid values.\",\n \"status\": \"ERR_INVALID_API\"\n}\n");
    }

    [Fact]
    public async Task Call_names_match_exactly()
    {
        (await site.Api.ReadAsync("LIST_USERS")).Status.ShouldBe("ERR_INVALID_API");
        (await site.Api.ReadAsync(" list_users")).Status.ShouldBe("ERR_INVALID_API");
    }

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Index_answers_like_the_root(LegacyApiTransport transport)
    {
        var answer = await site.Api.Using(transport).At("/index").ReadAsync("list_users");

        answer.ShouldBeOk("Users list.");
    }

    [Fact]
    public async Task A_post_reads_only_its_body()
    {
        var keyInQuery = await LegacyApiAnswer.ReadAsync(await site.Host.Browser().PostAsync("/?key=" + FirstRun.ReadKey,
            new FormUrlEncodedContent([new("api", "list_users")])));
        keyInQuery.ShouldBeMissing("key");

        var callInQuery = await site.Host.Browser().PostAsync("/?api=list_users&key=" + FirstRun.ReadKey, new FormUrlEncodedContent([new("x", "1")]));
        callInQuery.Content.Headers.ContentType!.MediaType.ShouldBe("text/html", "a post naming no call in its body is the page's");
    }

    [Fact]
    public async Task A_repeated_argument_counts_with_its_first_value()
    {
        (await site.Api.CallAsync("list_users", ("key", "wrong"), ("key", FirstRun.ReadKey))).ShouldBeInvalidKey();
        (await site.Api.CallAsync("list_users", ("key", FirstRun.ReadKey), ("key", "wrong"))).ShouldBeOk("Users list.");
        (await site.Api.Using(LegacyApiTransport.PostForm).CallAsync("list_users", ("key", FirstRun.ReadKey), ("key", "wrong"))).ShouldBeOk("Users list.");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?api=")]
    [InlineData("/?api=0")]
    public async Task The_home_page_answers_requests_that_name_no_call(string url)
    {
        var response = await site.Host.Browser().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("<title>Home - Acme Help Desk</title>");
    }

    [Fact]
    public async Task Forms_posted_to_the_home_page_keep_their_anti_forgery_check()
    {
        var withoutToken = await site.Host.Browser().PostAsync("/", new FormUrlEncodedContent([new("name", "value")]));
        withoutToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var withToken = await site.Admin.PostFormAsync("/", ("name", "value"));
        withToken.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await withToken.Content.ReadAsStringAsync()).ShouldContain("<title>Home - Acme Help Desk</title>");
    }

    [Fact]
    public async Task A_session_neither_replaces_the_key_nor_gets_a_cookie()
    {
        // The admin's browser carries a session cookie; the API ignores it (and LegacyApiAnswer checks no cookie is set).
        var asAdmin = new LegacyApiClient(site.Admin);

        (await asAdmin.CallAsync("list_users")).ShouldBeMissing("key");
        (await asAdmin.ReadAsync("list_users")).ShouldBeOk("Users list.");
        (await site.Admin.GetAsync("/settings")).StatusCode.ShouldBe(HttpStatusCode.OK, "the session itself is untouched");
    }

    [Fact]
    public async Task Answers_are_not_cached_and_not_sniffed()
    {
        var response = await site.Host.Browser().GetAsync("/?api=list_users&key=" + FirstRun.ReadKey);

        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    [Fact]
    public async Task Other_methods_belong_to_the_page()
    {
        var response = await site.Host.Browser().SendAsync(new HttpRequestMessage(HttpMethod.Put, "/?api=list_users&key=" + FirstRun.ReadKey));

        response.Content.Headers.ContentType?.MediaType.ShouldNotBe("text/plain");
    }
}
