using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Settings;
using NodePoint.Modules.Guestbook.Data;
using NodePoint.Modules.Guestbook.Domain;

namespace NodePoint.Modules.Guestbook.Pages.Guestbook;

[RequireLevel(AccessLevel.Guest)]
internal sealed class GuestbookIndexModel(GuestbookDbContext db, ISettings settings) : PageModel
{
    public string Title => settings.Get(GuestbookModule.TitleSetting);
    public IReadOnlyList<GuestbookEntry> Entries { get; private set; } = [];
    public string Author { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? author, string? message, CancellationToken cancellationToken)
    {
        Author = (author ?? "").Trim();
        Message = (message ?? "").Trim();
        if (Author.Length is 0 or > GuestbookEntry.MaxAuthor || Message.Length is 0 or > GuestbookEntry.MaxMessage)
        {
            Error = $"Enter a name (at most {GuestbookEntry.MaxAuthor} characters) and a message (at most {GuestbookEntry.MaxMessage}).";
            await LoadAsync(cancellationToken);
            return Page();
        }
        db.Entries.Add(GuestbookEntry.Create(Author, Message));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/guestbook");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Entries = await db.Entries.AsNoTracking().OrderByDescending(e => e.AtUtc).Take(100).ToListAsync(cancellationToken);
}
