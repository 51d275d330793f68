using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Accounts.Features.OwnAccount;

namespace NodePoint.Modules.Accounts.Pages.Account;

[RequireLevel(AccessLevel.Unauthorized)]
internal sealed class EmailModel(OwnAccount account) : PageModel
{
    public string Email { get; private set; } = "";
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await account.LoadAsync(cancellationToken);
        if (user is null)
            return NotFound();
        Email = user.Email ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? email, CancellationToken cancellationToken)
    {
        var user = await account.LoadAsync(cancellationToken);
        if (user is null)
            return NotFound();
        Email = (email ?? "").Trim();
        Error = await account.ChangeEmailAsync(user, Email, cancellationToken);
        if (Error is not null)
            return Page();
        TempData["np:flash"] = Email.Length == 0 ? "Email removed: you will not receive notifications." : $"Email saved. Enter the code we sent to {Email} to confirm it.";
        return Redirect("/settings");
    }
}
