using Microsoft.AspNetCore.Routing.Matching;

namespace NodePoint.Host.LegacyApi;

/// <summary>
/// The API shares <c>/</c> with the home page: its endpoint comes first (lower order) but stands aside for requests
/// that name no call, so the page, its forms and their anti-forgery checks answer everything else.
/// </summary>
internal sealed class LegacyApiMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    // After the HTTP-method policy, so only GET and POST requests get their form read.
    public override int Order => 1_000;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => endpoints.Any(IsApi);

    public async Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        bool? namesACall = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i) || !IsApi(candidates[i].Endpoint))
                continue;
            namesACall ??= await LegacyApiArguments.NamesACallAsync(httpContext.Request);
            if (!namesACall.Value)
                candidates.SetValidity(i, false);
        }
    }

    private static bool IsApi(Endpoint endpoint) => endpoint.Metadata.GetMetadata<LegacyApiRoute>() is not null;
}
