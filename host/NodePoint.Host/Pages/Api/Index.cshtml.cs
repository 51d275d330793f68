using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;

namespace NodePoint.Host.Pages.Api;

/// <summary>The browsable API reference: every <c>/api/v1</c> endpoint of the enabled components, by tag, with the level it needs.</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class ApiReferenceModel(EndpointDataSource endpoints) : PageModel
{
    public sealed record Operation(string Method, string Path, string Summary, AccessLevel Level);

    public IReadOnlyList<IGrouping<string, Operation>> Groups { get; private set; } = [];

    public void OnGet()
    {
        Groups = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.OrdinalIgnoreCase) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => (Tag: e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.FirstOrDefault() ?? "Other",
                Operation: new Operation(method, e.RoutePattern.RawText!.TrimEnd('/'), e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? "",
                    e.Metadata.GetMetadata<RequiredLevel>()?.Level ?? AccessLevel.Admin))))
            .OrderBy(o => o.Operation.Path, StringComparer.Ordinal).ThenBy(o => o.Operation.Method)
            .GroupBy(o => o.Tag, o => o.Operation)
            .OrderBy(g => g.Key)
            .ToList();
    }
}
