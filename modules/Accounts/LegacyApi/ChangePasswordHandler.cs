using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;
using NodePoint.Modules.Accounts.Features.ManageUsers;
using NodePoint.Modules.Accounts.Features.SignIn;

namespace NodePoint.Modules.Accounts.LegacyApi;

/// <summary>
/// <c>change_password</c> (write key): sets a user's password as a user manager would (hashed, sessions ended, the
/// user told by mail, an audit line). The name must match exactly, letter case included, as in the original.
/// </summary>
internal sealed class ChangePasswordHandler(AccountsDbContext db, ExternalLogin external, UserAdministration administration) : ILegacyApiHandler
{
    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        var password = request.Text("password");
        if ((request.Require("user", "password") ?? AccountArguments.PasswordLength(password) ?? request.CheckKey()) is { } refused)
            return refused;
        if (external.Active is not null)
            return LegacyApiResponse.Error(LegacyApiStatus.DirectoryEnabled, "Passwords are synchronized with Active Directory.");
        var name = AccountArguments.UserName(request);
        var normalized = UserName.Normalize(name);
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedName == normalized, cancellationToken);
        if (user is null || user.Name != name)
            return LegacyApiResponse.Error(LegacyApiStatus.InvalidCredentials, "Invalid user name.");
        if (await administration.SetPasswordAsync(user, password, password, cancellationToken) is { } problem)
            return LegacyApiResponse.InvalidArgument(problem);
        return LegacyApiResponse.Ok("Password changed.");
    }
}
