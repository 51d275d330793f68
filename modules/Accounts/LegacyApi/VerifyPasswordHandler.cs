using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;
using NodePoint.Modules.Accounts.Features.SignIn;

namespace NodePoint.Modules.Accounts.LegacyApi;

/// <summary>
/// <c>verify_password</c> (read key): checks a user's password, through the configured directory (or authentication
/// program) when there is one. The name must match exactly, letter case included, as in the original; unlike the
/// original, disabled users are refused and guesses are throttled per account like logins.
/// </summary>
internal sealed class VerifyPasswordHandler(AccountsDbContext db, ExternalLogin external, IAdminAccount admin, LoginThrottle throttle) : ILegacyApiHandler
{
    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        if ((request.Require("user", "password") ?? request.CheckKey()) is { } refused)
            return refused;
        var name = AccountArguments.UserName(request);
        var password = request.Text("password");
        var normalized = UserName.Normalize(name);
        if (throttle.TryReserve(normalized, address: null) is { } wait)
            return Invalid($"Too many failed attempts. Please wait {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} minutes and try again.");

        var answer = password.Length > Passwords.MaximumLength ? Invalid()
            : external.Active is { } directory ? await ByDirectoryAsync(directory, name, password, normalized, cancellationToken)
            : await LocallyAsync(name, password, normalized, cancellationToken);
        if (answer.IsOk)
            throttle.Succeeded(normalized, address: null);
        return answer;
    }

    private async Task<LegacyApiResponse> ByDirectoryAsync(IExternalAuthenticator directory, string name, string password, string normalized, CancellationToken cancellationToken)
    {
        if (UserName.Check(name, admin.Name) is not null || await db.Users.AnyAsync(u => u.NormalizedName == normalized && u.Disabled, cancellationToken))
            return Invalid();
        var result = await directory.AuthenticateAsync(name, password, cancellationToken);
        return result.Outcome switch
        {
            ExternalAuthenticationOutcome.Accepted => Valid(),
            ExternalAuthenticationOutcome.Unavailable => LegacyApiResponse.Error(LegacyApiStatus.DirectoryConnection, "Could not connect to AD server."),
            _ => Invalid(),
        };
    }

    private async Task<LegacyApiResponse> LocallyAsync(string name, string password, string normalized, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedName == normalized, cancellationToken);
        var exact = user is { Disabled: false } && user.Name == name ? user : null;
        // Verified even without a user (against a dummy hash), so an unknown name takes as long as a wrong password.
        return Passwords.Verify(exact?.PasswordHash, password, out _) ? Valid() : Invalid();
    }

    private static LegacyApiResponse Valid() => LegacyApiResponse.Ok("Credentials are valid.");

    private static LegacyApiResponse Invalid(string message = "Invalid credentials.") =>
        LegacyApiResponse.Error(LegacyApiStatus.InvalidCredentials, message);
}
