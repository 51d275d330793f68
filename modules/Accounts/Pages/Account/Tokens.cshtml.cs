using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Accounts.Features.ApiTokens;

namespace NodePoint.Modules.Accounts.Pages.Account;

/// <summary>Makes a personal API token and shows its secret this once; revokes one. Listing is on the settings page.</summary>
[RequireLevel(AccessLevel.Unauthorized)]
internal sealed class TokensModel(PersonalApiTokens tokens) : PageModel
{
    public string? Secret { get; private set; }
    public string Name { get; private set; } = "";
    public string? Error { get; private set; }

    public IActionResult OnGet() => Redirect("/settings#api-tokens");

    public async Task<IActionResult> OnPostAsync(string? name, CancellationToken cancellationToken)
    {
        Name = name?.Trim() ?? "";
        (Secret, Error) = await tokens.CreateAsync(Name, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        Error = await tokens.RevokeAsync(id, cancellationToken);
        if (Error is not null)
            return Page();
        TempData["np:flash"] = "Token revoked: scripts using it are refused from now on.";
        return Redirect("/settings#api-tokens");
    }
}
