using NodePoint.Testing;
using Shouldly;

namespace NodePoint.LegacyApi.Tests;

/// <summary><c>list_files</c> (NodePoint 1.7.1): every ticket attachment, whose id downloads from its ticket's page.</summary>
public class ListFilesTests(ListFilesTests.Site site) : IClassFixture<ListFilesTests.Site>
{
    private const string OddName = "<i>odd & 'x' ünï.txt";

    public sealed class Site : TicketSite
    {
        protected override async Task SeedAsync()
        {
            await AddUserAsync("alice");
            await AddProjectAsync("Desk");
            var alice = await Users.LoggedInAsync(Host, "alice");
            await FileAsync(alice, 1, "Printer jams");
            var second = await FileAsync(alice, 1, "Screen flickers");
            await AttachAsync(Admin, 1, "The log", "trace.txt", [1, 2, 3]);
            await CommentAsync(alice, second, "No file here");
            await AttachAsync(alice, second, "A photo, sort of", OddName, [9, 8, 7, 6, 5]);
        }
    }

    [Theory]
    [MemberData(nameof(Transports.All), MemberType = typeof(Transports))]
    public async Task Lists_every_attachment_in_upload_order(LegacyApiTransport transport)
    {
        var answer = await site.Api.Using(transport).ReadAsync("list_files");

        answer.ShouldBeOk("Files list.");
        answer.ShouldHaveFields("message", "status", "files");
        var files = answer.Items("files");
        foreach (var file in files)
            file.ShouldHaveFields("id", "file_name", "uploaded_by", "uploaded_on", "size");
        files.Select(f => (f["id"], f["file_name"], f["uploaded_by"], f["size"])).ShouldBe([("1", "trace.txt", FirstRun.AdminName, "3"), ("2", OddName, "alice", "5")]);
        files[1]["uploaded_on"].ShouldMatch(ShowTicketTests.Date);
    }

    [Fact]
    public async Task The_id_downloads_from_the_tickets_page_and_its_rest_resource()
    {
        var id = (await site.Api.ReadAsync("list_files")).Items("files").Single(f => f["file_name"] == OddName)["id"];

        (await site.Admin.GetByteArrayAsync($"/tickets/2?handler=File&file={id}")).ShouldBe(new byte[] { 9, 8, 7, 6, 5 });
        (await site.Admin.GetByteArrayAsync($"/api/v1/tickets/2/attachments/{id}")).ShouldBe(new byte[] { 9, 8, 7, 6, 5 });
    }

    [Fact]
    public async Task No_attachments_give_an_empty_list_in_the_original_layout()
    {
        await using var empty = await TicketSite.OpenAsync();

        var answer = await empty.Api.ReadAsync("list_files");

        answer.Text.ShouldBe("{\n \"message\": \"Files list.\",\n \"status\": \"OK\",\n \"files\": [\n\n ]\n}\n");
    }

    [Fact]
    public async Task Checks_the_key_only()
    {
        (await site.Api.CallAsync("list_files")).ShouldBeMissing("key");
        (await site.Api.CallAsync("list_files", ("key", FirstRun.WriteKey))).ShouldBeInvalidKey();
        (await site.Api.CallAsync("list_files", ("key", "wrong"))).ShouldBeInvalidKey();
    }
}
