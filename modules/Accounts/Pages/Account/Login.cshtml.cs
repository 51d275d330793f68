using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Settings;
using NodePoint.Modules.Accounts.Features.Register;
using NodePoint.Modules.Accounts.Features.SignIn;

namespace NodePoint.Modules.Accounts.Pages.Account;

[RequireLevel(AccessLevel.Guest)]
internal sealed class LoginModel(UserSignIn signIn, AccountPolicy policy, ISiteTime time) : PageModel
{
    public string Name { get; private set; } = "";
    public string? ReturnUrl { get; private set; }
    public string? Error { get; private set; }
    public bool RegistrationOpen => policy.RegistrationOpen;
    public bool PasswordResetByMail => policy.PasswordResetByMail;

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? name, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        Name = (name ?? "").Trim();
        ReturnUrl = returnUrl;
        if (Name.Length == 0 || string.IsNullOrEmpty(password))
        {
            Error = "Enter your user name and password.";
            return Page();
        }
        var result = await signIn.SignInAsync(Name, password, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (result.Principal is null)
        {
            Error = result.Error;
            return Page();
        }
        await HttpContext.SignInAsync(SessionClaims.Scheme, result.Principal);
        TempData["np:flash"] = result.PreviousLoginUtc is { } previous
            ? $"Logged in successfully. Your last login was on {time.Show(previous)}."
            : "Logged in successfully.";
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
