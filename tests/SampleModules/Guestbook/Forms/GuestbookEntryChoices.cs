using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Forms;
using NodePoint.Modules.Guestbook.Data;

namespace NodePoint.Modules.Guestbook.Forms;

/// <summary>The answers of the "Guestbook entry" custom form field: who signed the guestbook, newest first.</summary>
internal sealed class GuestbookEntryChoices(GuestbookDbContext db) : ICustomFieldChoices
{
    public const string Key = "guestbook.entry";

    public async Task<IReadOnlyList<string>> ChoicesAsync(CancellationToken cancellationToken) =>
        (await db.Entries.AsNoTracking().OrderByDescending(e => e.AtUtc).Select(e => e.Author).Take(100).ToListAsync(cancellationToken)).Distinct().ToList();
}
