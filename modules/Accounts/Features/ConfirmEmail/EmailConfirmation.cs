using NodePoint.Abstractions.Notifications;
using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Features.ConfirmEmail;

/// <summary>Gives an address a new confirmation code and mails it; until the code is entered, no notification reaches the user.</summary>
internal sealed class EmailConfirmation(INotifier notifier)
{
    /// <summary>Sets <paramref name="email"/> on <paramref name="user"/> with a fresh code; returns the code to send once saved.</summary>
    public static string? Assign(User user, string email)
    {
        if (email.Length == 0)
        {
            user.SetEmail(null, null);
            return null;
        }
        var code = Tokens.NewCode();
        user.SetEmail(email, Tokens.Hash(code));
        return code;
    }

    public Task SendAsync(User user, string code, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(new Notification([user.Name], "Email confirmation",
            $"Your email confirmation code is: {code}\n\nEnter it on your settings page to receive notifications at this address.")
        {
            Link = "/account/confirm-email?code=" + code,
            EvenIfUnconfirmed = true,
            AddressOnly = true,
        }, cancellationToken);
}
