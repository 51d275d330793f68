using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Accounts.Features.LostPassword;

namespace NodePoint.Modules.Accounts.Pages.Account;

/// <summary>The page a reset link opens: the user types the new password; it is never shown or mailed.</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class ResetPasswordModel(PasswordResets resets) : PageModel
{
    public string? Token { get; private set; }
    public bool Usable { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(string? token, CancellationToken cancellationToken)
    {
        Token = token;
        Usable = await resets.IsUsableAsync(token, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string? token, string? password, string? password_confirmation, CancellationToken cancellationToken)
    {
        Token = token;
        Error = await resets.ResetAsync(token, password ?? "", password_confirmation ?? "", cancellationToken);
        if (Error is null)
        {
            TempData["np:flash"] = "Your password was changed. You can now log in with it.";
            return Redirect("/login");
        }
        Usable = Error != PasswordResets.InvalidLink;
        return Page();
    }
}
