using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Accounts;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;
using NodePoint.Modules.Accounts.Features.ManageUsers;

namespace NodePoint.Modules.Accounts.Pages.Users;

/// <summary>One user: last login, level, email, the counters other modules contribute, and the manager's actions.</summary>
[RequireLevel(AccessLevel.UsersManagement)]
internal sealed class UserSummaryModel(AccountsDbContext db, UserAdministration administration, IEnumerable<IUserStatistics> statistics) : PageModel
{
    public User? Account { get; private set; }
    public IReadOnlyList<UserStatistic> Statistics { get; private set; } = [];
    public string? Refusal { get; private set; }
    public string? Error { get; private set; }
    public AccessLevel HighestLevel => administration.HighestAssignable;

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken) =>
        await LoadAsync(name, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostLevelAsync(string name, int level, CancellationToken cancellationToken) =>
        ActAsync(name, user => administration.ChangeLevelAsync(user, level, cancellationToken), $"Level changed to {level}.", cancellationToken);

    public Task<IActionResult> OnPostPasswordAsync(string name, string? password, string? password_confirmation, CancellationToken cancellationToken) =>
        ActAsync(name, user => administration.SetPasswordAsync(user, password ?? "", password_confirmation ?? "", cancellationToken), "Password set.", cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(string name, CancellationToken cancellationToken) =>
        ActAsync(name, user => administration.SetDisabledAsync(user, true, cancellationToken), "Login disabled.", cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(string name, CancellationToken cancellationToken) =>
        ActAsync(name, user => administration.SetDisabledAsync(user, false, cancellationToken), "Login enabled.", cancellationToken);

    private async Task<IActionResult> ActAsync(string name, Func<User, Task<string?>> action, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(name, cancellationToken))
            return NotFound();
        Error = await action(Account!);
        if (Error is not null)
            return Page();
        TempData["np:flash"] = done;
        return Redirect("/users/" + Account!.Name);
    }

    private async Task<bool> LoadAsync(string name, CancellationToken cancellationToken)
    {
        var normalized = UserName.Normalize(name);
        Account = await db.Users.SingleOrDefaultAsync(u => u.NormalizedName == normalized, cancellationToken);
        if (Account is null)
            return false;
        Refusal = administration.Refusal(Account);
        var counters = new List<UserStatistic>();
        foreach (var source in statistics)
            counters.AddRange(await source.ForUserAsync(Account.Name, cancellationToken));
        Statistics = counters;
        return true;
    }
}
