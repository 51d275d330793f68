using NodePoint.Abstractions.LegacyApi;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.LegacyApi;

/// <summary>The argument rules the account calls share, with the original's messages.</summary>
internal static class AccountArguments
{
    /// <summary>The <c>user</c> argument as the original read it: stripped to <c>[A-Za-z0-9._-]</c>.</summary>
    public static string UserName(LegacyApiRequest request) => LegacyApiText.UserName(request.Text("user"));

    public static LegacyApiResponse? UserNameLength(string name) =>
        name.Length is < 3 or > Domain.UserName.MaxLength
            ? LegacyApiResponse.Error(LegacyApiStatus.ArgumentLength, $"Bad length for 'user' argument (between 3 and {Domain.UserName.MaxLength} characters).")
            : null;

    // "above 6" is the original's wording for "at least 6"; the upper bound is ours (hashing megabytes helps nobody).
    public static LegacyApiResponse? PasswordLength(string password) =>
        password.Length < Passwords.MinimumLength
            ? LegacyApiResponse.Error(LegacyApiStatus.ArgumentLength, "Bad length for 'password' argument (above 6 characters).")
            : password.Length > Passwords.MaximumLength
                ? LegacyApiResponse.Error(LegacyApiStatus.ArgumentLength, $"Bad length for 'password' argument (at most {Passwords.MaximumLength} characters).")
                : null;
}
