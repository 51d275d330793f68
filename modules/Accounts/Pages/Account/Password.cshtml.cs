using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Accounts.Features.OwnAccount;

namespace NodePoint.Modules.Accounts.Pages.Account;

/// <summary>Changing one's own password needs the current one; it ends the user's other sessions.</summary>
[RequireLevel(AccessLevel.Unauthorized)]
internal sealed class PasswordModel(OwnAccount account) : PageModel
{
    public string? Error { get; private set; }
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await account.LoadAsync(cancellationToken);
        if (user is null)
            return NotFound();
        Refusal = OwnAccount.PasswordChangeRefusal(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? current_password, string? new_password, string? new_password_confirmation, CancellationToken cancellationToken)
    {
        var user = await account.LoadAsync(cancellationToken);
        if (user is null)
            return NotFound();
        Error = await account.ChangePasswordAsync(user, current_password ?? "", new_password ?? "", new_password_confirmation ?? "", cancellationToken);
        if (Error is not null)
            return Page();
        // The stamp changed, so this session ends too: log in again with the new password.
        TempData["np:flash"] = "Password changed. Please log in with your new password.";
        return Redirect("/login");
    }
}
