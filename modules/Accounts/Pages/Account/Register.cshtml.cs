using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Settings;
using NodePoint.Modules.Accounts.Features.Register;

namespace NodePoint.Modules.Accounts.Pages.Account;

/// <summary>Self-registration; answers 404 for every method while registration is off or a directory checks logins.</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class RegisterModel(AccountPolicy policy, UserRegistration registration, ISettings settings) : PageModel
{
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public IActionResult OnGet() => policy.RegistrationOpen ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? name, string? password, string? password_confirmation, string? email, CancellationToken cancellationToken)
    {
        if (!policy.RegistrationOpen)
            return NotFound();
        Name = (name ?? "").Trim();
        Email = (email ?? "").Trim();
        var level = (AccessLevel)Math.Clamp(settings.GetInt("default_lvl"), 0, 5);
        var (user, errors) = await registration.CreateAsync(
            new UserRegistration.Request(Name, password ?? "", password_confirmation ?? "", Email, level), "registered", cancellationToken);
        if (user is null)
        {
            Errors = errors;
            return Page();
        }
        TempData["np:flash"] = $"User {user.Name} added. You can now log in.";
        return Redirect("/login");
    }
}
