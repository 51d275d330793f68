using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Accounts.Features.OwnAccount;

namespace NodePoint.Modules.Accounts.Pages.Account;

/// <summary>The mailed link only fills in the code; confirming is a POST.</summary>
[RequireLevel(AccessLevel.Unauthorized)]
internal sealed class ConfirmEmailModel(OwnAccount account) : PageModel
{
    public string Code { get; private set; } = "";
    public string? Error { get; private set; }

    public void OnGet(string? code) => Code = code ?? "";

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken cancellationToken)
    {
        var user = await account.LoadAsync(cancellationToken);
        if (user is null)
            return NotFound();
        Code = (code ?? "").Trim();
        Error = await account.ConfirmEmailAsync(user, Code, cancellationToken);
        if (Error is not null)
            return Page();
        TempData["np:flash"] = $"Thank you: {user.Email} is confirmed and will receive your notifications.";
        return Redirect("/settings");
    }

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        var user = await account.LoadAsync(cancellationToken);
        if (user is null)
            return NotFound();
        await account.ResendCodeAsync(user, cancellationToken);
        TempData["np:flash"] = "A new confirmation code is on its way.";
        return Redirect("/settings");
    }
}
