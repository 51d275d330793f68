using NodePoint.Abstractions.LegacyApi;
using NodePoint.Modules.Guestbook.Data;
using NodePoint.Modules.Guestbook.Domain;

namespace NodePoint.Modules.Guestbook.LegacyApi;

/// <summary>
/// <c>sign_guestbook</c> (write key): a third-party module's call of the NodePoint-compatible API. Checks in the
/// original's order (arguments, key, impersonation); the entry is signed by <c>api</c> or the <c>from_user</c>.
/// </summary>
internal sealed class SignGuestbookHandler(GuestbookDbContext db) : ILegacyApiHandler
{
    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        var message = request.Text("message").Trim();
        if ((request.Require("message") ?? request.CheckKey()) is { } refused)
            return refused;
        if (message.Length > GuestbookEntry.MaxMessage)
            return LegacyApiResponse.Error(LegacyApiStatus.ArgumentLength, $"Bad length for 'message' argument (at most {GuestbookEntry.MaxMessage} characters).");
        var actor = await request.ActorAsync(cancellationToken);
        if (actor.Refusal is not null)
            return actor.Refusal;
        var entry = GuestbookEntry.Create(actor.Name, message);
        db.Entries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return LegacyApiResponse.Ok($"Entry {entry.Id} added.");
    }
}
