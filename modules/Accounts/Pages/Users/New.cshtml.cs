using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Accounts.Features.ManageUsers;
using NodePoint.Modules.Accounts.Features.Register;

namespace NodePoint.Modules.Accounts.Pages.Users;

/// <summary>A user manager adds an account, at most at their own level (5 for the admin).</summary>
[RequireLevel(AccessLevel.UsersManagement)]
internal sealed class NewUserModel(UserRegistration registration, UserAdministration administration) : PageModel
{
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public int Level { get; private set; } = 1;
    public AccessLevel HighestLevel => administration.HighestAssignable;
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? name, string? password, string? password_confirmation, string? email, int? level, CancellationToken cancellationToken)
    {
        Name = (name ?? "").Trim();
        Email = (email ?? "").Trim();
        Level = level ?? -1;
        if (Level < 0 || Level > (int)HighestLevel)
        {
            Errors = new Dictionary<string, string> { ["level"] = $"Choose a level between 0 and {(int)HighestLevel}." };
            return Page();
        }
        var (user, errors) = await registration.CreateAsync(
            new UserRegistration.Request(Name, password ?? "", password_confirmation ?? "", Email, (AccessLevel)Level), $"added by '{User.Identity!.Name}'", cancellationToken);
        if (user is null)
        {
            Errors = errors;
            return Page();
        }
        TempData["np:flash"] = $"User {user.Name} added.";
        return Redirect("/users/" + user.Name);
    }
}
