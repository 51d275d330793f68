namespace NodePoint.Abstractions.LegacyApi;

/// <summary>
/// Answers one call of the NodePoint-compatible <c>?api=</c> interface. The handler makes the checks in the order the
/// original made them (usually the arguments first, then <see cref="LegacyApiRequest.CheckKey"/>), so a caller
/// without a key still learns which argument is missing. Register the handler in the module's container.
/// </summary>
public interface ILegacyApiHandler
{
    /// <summary>Reads the call's arguments from <paramref name="request"/> and returns the answer; the host writes it.</summary>
    Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken);
}
