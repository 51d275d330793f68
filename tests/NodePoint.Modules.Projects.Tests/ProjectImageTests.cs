using System.Net;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Modules.Projects.Tests;

public class ProjectImageTests
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_png_is_stored_and_served_with_its_type_and_nosniff()
    {
        using var site = await ProjectSite.StartAsync();
        var id = await site.AddAsync("Pictured");

        var saved = await site.Manager.PostFileAsync($"/projects/{id}/edit", [("name", "Pictured"), ("model", ""), ("visibility", "Public"), ("description", "")], "image", "logo.png", Png, "image/png");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var image = await site.Guest.GetAsync($"/projects/{id}/image");
        image.StatusCode.ShouldBe(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        image.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await image.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        Directory.GetFiles(Path.Combine(site.Host.DataFolder, "uploads")).Single().ShouldNotEndWith(".png");
    }

    [Fact]
    public async Task A_file_that_only_claims_to_be_an_image_is_refused_and_nothing_changes()
    {
        using var site = await ProjectSite.StartAsync();
        var id = await site.AddAsync("Careful");

        var response = await site.Manager.PostFileAsync($"/projects/{id}/edit", [("name", "Renamed"), ("model", ""), ("visibility", "Public"), ("description", "")],
            "image", "evil.png", "<html><script>alert(1)</script></html>"u8.ToArray(), "image/png");

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("The image must be a PNG, JPEG or GIF file.");
        (await site.Guest.TextAsync($"/projects/{id}")).ShouldContain("Careful");
        (await site.Guest.GetAsync($"/projects/{id}/image")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_image_over_the_size_limit_is_refused()
    {
        using var site = await ProjectSite.StartAsync();
        (await AdminSettings.SaveAsync(site.Admin, ("max_size", "1000"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await site.AddAsync("Heavy");
        var big = Png.Concat(new byte[2_000]).ToArray();

        var response = await site.Manager.PostFileAsync($"/projects/{id}/edit", [("name", "Heavy"), ("model", ""), ("visibility", "Public"), ("description", "")], "image", "big.png", big, "image/png");

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("The image is larger than the limit of 1,000 bytes.");
    }
}
