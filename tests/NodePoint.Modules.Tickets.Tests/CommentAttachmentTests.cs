using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Tickets.Tests;

public class CommentAttachmentTests
{
    [Fact]
    public async Task An_attachment_with_a_hostile_name_stays_in_the_upload_folder_and_downloads_as_a_file()
    {
        using var desk = await HelpDesk.StartAsync();
        var id = await desk.FileAsync("alice", "Paper jam");
        var html = Encoding.UTF8.GetBytes("<script>alert(1)</script>");
        (await AdminSettings.SaveAsync(desk.Admin, ("upload_exts", ""))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var posted = await AttachAsync(desk["alice"], id, "See the page", "../../x.html", html);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()));

        var uploads = Path.Combine(desk.Host.DataFolder, "uploads");
        var stored = Directory.GetFiles(uploads).ShouldHaveSingleItem();
        Path.GetFileName(stored).ShouldMatch("^[0-9a-f]{32}$");
        File.Exists(Path.Combine(desk.Host.DataFolder, "..", "x.html")).ShouldBeFalse();
        var page = await desk["dave"].TextAsync($"/tickets/{id}");
        page.ShouldContain(">x.html</a>");
        var download = await desk["dave"].GetAsync(FileLink(page));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/octet-stream");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("x.html");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(html);
    }

    [Fact]
    public async Task Size_extension_level_and_folder_limits_refuse_the_whole_comment()
    {
        using var desk = await HelpDesk.StartAsync();
        var id = await desk.FileAsync("alice", "Paper jam");
        (await AdminSettings.SaveAsync(desk.Admin, ("max_size", "1000"), ("upload_exts", "txt log"), ("upload_lvl", "2"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await RefusedAsync(desk["dave"], id, "big.txt", new byte[1001], "The file big.txt is larger than the limit of 1,000 bytes.");
        await RefusedAsync(desk["dave"], id, "run.exe", [1, 2], "Files of type '.exe' are not accepted here; allowed: .txt, .log.");
        await RefusedAsync(desk["alice"], id, "note.txt", [1, 2], "You may not attach files here.");
        await RefusedAsync(desk["dave"], id, "empty.txt", [], "The file empty.txt is empty.");
        (await desk["alice"].TextAsync($"/tickets/{id}")).ShouldNotContain("type=\"file\"");
        (await AttachAsync(desk["dave"], id, "ok", "trace.log", [1, 2, 3])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await AdminSettings.SaveAsync(desk.Admin, ("upload_folder", ""))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await RefusedAsync(desk["dave"], id, "later.txt", [1], "You may not attach files here.");
        var comments = await desk["dave"].TextAsync($"/tickets/{id}");
        comments.ShouldContain("trace.log");
        Regex.Matches(comments, "class=\"list-group-item comment\"").Count.ShouldBe(1);
    }

    [Fact]
    public async Task Attachments_follow_the_tickets_visibility()
    {
        using var desk = await HelpDesk.StartAsync("Restricted");
        var id = await desk.FileAsync("alice", "Paper jam");
        (await AttachAsync(desk["alice"], id, "log", "log.txt", [7])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var link = FileLink(await desk["alice"].TextAsync($"/tickets/{id}"));

        (await desk["alice"].GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await desk["dave"].GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await desk["carol"].GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await desk.Host.Browser().GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await desk["dave"].GetAsync($"/tickets/{id}?handler=File&file=999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Authors_rewrite_their_own_comments_and_level_5_deletes_with_the_file()
    {
        using var desk = await HelpDesk.StartAsync();
        var id = await desk.FileAsync("alice", "Paper jam");
        (await AttachAsync(desk["alice"], id, "first words", "a.txt", [1])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var commentId = Regex.Match(await desk["alice"].TextAsync($"/tickets/{id}"), "id=\"comment-(\\d+)\"").Groups[1].Value;

        var foreign = await Rewrite(desk["carol"], id, commentId, "carol's words");
        WebUtility.HtmlDecode(await foreign.Content.ReadAsStringAsync()).ShouldContain("Only the author may change a comment.");
        (await Rewrite(desk["alice"], id, commentId, "better words")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await desk["carol"].TextAsync($"/tickets/{id}");
        page.ShouldContain("better words");
        page.ShouldContain("(edited ");
        page.ShouldNotContain("Delete comment");

        (await desk["bob"].PostFormAsync($"/tickets/{id}", [new("comment", commentId)], postUrl: $"/tickets/{id}?handler=DeleteComment")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await Users.CreateAsync(desk.Admin, "mia", 5);
        var moderator = await Users.LoggedInAsync(desk.Host, "mia");
        (await moderator.PostFormAsync($"/tickets/{id}", [new("comment", commentId)], postUrl: $"/tickets/{id}?handler=DeleteComment")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await desk["carol"].TextAsync($"/tickets/{id}");
        after.ShouldNotContain("better words");
        after.ShouldContain("mia — Comment deleted: alice → (none)");
        Directory.GetFiles(Path.Combine(desk.Host.DataFolder, "uploads")).ShouldBeEmpty();
    }

    internal static Task<HttpResponseMessage> AttachAsync(HttpClient client, int id, string text, string fileName, byte[] content) =>
        client.PostFileAsync($"/tickets/{id}", [("text", text)], "file", fileName, content, "text/html", postUrl: $"/tickets/{id}?handler=Comment");

    private static async Task RefusedAsync(HttpClient client, int id, string fileName, byte[] content, string message)
    {
        var response = await AttachAsync(client, id, "with a file", fileName, content);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(message);
    }

    private static Task<HttpResponseMessage> Rewrite(HttpClient client, int id, string commentId, string text) =>
        client.PostFormAsync($"/tickets/{id}", [new("comment", commentId), new("text", text)], postUrl: $"/tickets/{id}?handler=RewriteComment");

    internal static string FileLink(string decodedPage) => Regex.Match(decodedPage, "href=\"(/tickets/\\d+\\?handler=File&file=\\d+)\"").Groups[1].Value;
}
