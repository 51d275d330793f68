using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Accounts.Features.LostPassword;
using NodePoint.Modules.Accounts.Features.Register;

namespace NodePoint.Modules.Accounts.Pages.Account;

/// <summary>Asks for a reset link; available only when mail can be delivered and passwords are local.</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class LostPasswordModel(AccountPolicy policy, PasswordResets resets) : PageModel
{
    public string? Answer { get; private set; }

    public IActionResult OnGet() => policy.PasswordResetByMail ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? who, CancellationToken cancellationToken)
    {
        if (!policy.PasswordResetByMail)
            return NotFound();
        await resets.RequestAsync(who ?? "", cancellationToken);
        Answer = PasswordResets.RequestAnswer;
        return Page();
    }
}
