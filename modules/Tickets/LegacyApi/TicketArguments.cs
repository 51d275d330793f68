using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.LegacyApi;

/// <summary>What the ticket calls share: the <c>id</c> lookup, the original's exact status and priority names, lengths.</summary>
internal static class TicketArguments
{
    public static LegacyApiResponse TicketNotFound() => LegacyApiResponse.Error(LegacyApiStatus.InvalidId, "Ticket not found.");

    /// <summary>The ticket named by <c>id</c> (read leniently, like every number of this API), or null.</summary>
    public static async Task<Ticket?> FindAsync(TicketsDbContext db, LegacyApiRequest request, bool tracked, CancellationToken cancellationToken)
    {
        var id = request.Integer("id");
        if (id is <= 0 or > int.MaxValue)
            return null;
        var tickets = tracked ? db.Tickets : db.Tickets.AsNoTracking();
        return await tickets.SingleOrDefaultAsync(t => t.Id == (int)id, cancellationToken);
    }

    /// <summary>An argument that is absent, "0" or only spaces, which the features would refuse as empty.</summary>
    public static LegacyApiResponse? RequireText(LegacyApiRequest request, string name) =>
        request.Text(name).Trim().Length == 0 || request.IsMissing(name) ? LegacyApiResponse.MissingArgument(name) : null;

    public static LegacyApiResponse? TooLong(string name, string value, int maximum) =>
        value.Length > maximum
            ? LegacyApiResponse.Error(LegacyApiStatus.ArgumentLength, $"Bad length for '{name}' argument (at most {maximum} characters).")
            : null;

    /// <summary>A status as the original spelled it (<c>New</c>, <c>Open</c>, …, letter case included), or null.</summary>
    public static TicketStatus? Status(string value) => Named<TicketStatus>(value);

    /// <summary>A priority as the original spelled it (<c>Low</c>, <c>Normal</c>, <c>High</c>), or null.</summary>
    public static TicketPriority? Priority(string value) => Named<TicketPriority>(value);

    /// <summary>Text as 1.7.4 printed descriptions and comments: without carriage returns.</summary>
    public static string Lines(string text) => text.Replace("\r", "", StringComparison.Ordinal);

    // Enum.TryParse would also take "1" or "high"; the original compared with the names.
    private static T? Named<T>(string value) where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => v.ToString() == value).Select(v => (T?)v).FirstOrDefault();
}
