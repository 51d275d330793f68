using Microsoft.AspNetCore.Http;

namespace NodePoint.Abstractions.LegacyApi;

/// <summary>Answers one <c>?api=</c> call after the host has checked the key. Register it in the module's container.</summary>
public interface ILegacyApiHandler
{
    /// <summary>Reads the call's parameters from <paramref name="context"/> and returns the response to write.</summary>
    Task<IResult> HandleAsync(HttpContext context, CancellationToken cancellationToken);
}
