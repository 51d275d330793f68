using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Audit;
using NodePoint.Host.Security;

namespace NodePoint.Host.Pages;

/// <summary>The login form. The answer to a failed attempt never says whether the name exists.</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class LoginModel : PageModel
{
    private readonly AdminSignIn _admin;
    private readonly IAuditLog _audit;

    public LoginModel(AdminSignIn admin, IAuditLog audit)
    {
        _admin = admin;
        _audit = audit;
    }

    public string Name { get; private set; } = "";
    public string? ReturnUrl { get; private set; }
    public string? Error { get; private set; }

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
        var principal = Name.Length <= 20 ? _admin.TrySignIn(Name, password) : null;
        if (principal is null)
        {
            await _audit.RecordAsync("login.failed", $"Failed login for '{Name}'.", cancellationToken);
            Error = "Wrong user name or password.";
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        await _audit.RecordAsync("login.succeeded", $"'{principal.Identity!.Name}' logged in.", cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
