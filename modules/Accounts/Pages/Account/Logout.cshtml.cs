using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;

namespace NodePoint.Modules.Accounts.Pages.Account;

/// <summary>Ends the session; only by POST (with the anti-forgery token), never by a link.</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class LogoutModel : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(SessionClaims.Scheme);
        return LocalRedirect("/");
    }
}
