using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Abstractions.Settings;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;
using NodePoint.Modules.Accounts.Features.Register;
using NodePoint.Modules.Accounts.Features.SignIn;

namespace NodePoint.Modules.Accounts.LegacyApi;

/// <summary>
/// <c>add_user</c> (write key): registers a user at the default level through the same registration as the pages, so
/// reserved names, names taken in any letter case and bad addresses are refused. With an <c>email</c>, the
/// confirmation code is mailed and also returned as <c>confirm</c>, as in the original.
/// </summary>
internal sealed class AddUserHandler(AccountsDbContext db, ExternalLogin external, UserRegistration registration, ISettings settings) : ILegacyApiHandler
{
    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        var name = AccountArguments.UserName(request);
        var password = request.Text("password");
        if ((request.Require("user") ?? AccountArguments.UserNameLength(name)
             ?? request.Require("password") ?? AccountArguments.PasswordLength(password) ?? request.CheckKey()) is { } refused)
            return refused;
        if (external.Active is not null)
            return LegacyApiResponse.Error(LegacyApiStatus.DirectoryEnabled, "Users are synchronized with Active Directory.");
        var normalized = UserName.Normalize(name);
        if (await db.Users.AnyAsync(u => u.NormalizedName == normalized, cancellationToken))
            return LegacyApiResponse.InvalidArgument("User already exist.");

        var email = request.IsMissing("email") ? "" : request.Text("email");
        var level = (AccessLevel)Math.Clamp(settings.GetInt("default_lvl"), 0, 5);
        var outcome = await registration.CreateAsync(new UserRegistration.Request(name, password, password, email, level), "added through the API", cancellationToken);
        if (outcome.User is not { } user)
            return LegacyApiResponse.InvalidArgument(outcome.Errors.Values.First());

        var answer = LegacyApiResponse.Ok("User added.");
        if (outcome.ConfirmationCode is { } code)
            answer.Add("confirm", code);
        return answer.With("user", user.Name);
    }
}
