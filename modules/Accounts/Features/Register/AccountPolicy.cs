using NodePoint.Abstractions.Notifications;
using NodePoint.Abstractions.Settings;
using NodePoint.Modules.Accounts.Features.SignIn;

namespace NodePoint.Modules.Accounts.Features.Register;

/// <summary>What the site allows right now: registration, password reset by mail, local passwords.</summary>
internal sealed class AccountPolicy(ISettings settings, ExternalLogin external, INotifier notifier)
{
    /// <summary>A directory or authentication program checks logins; local passwords are not used.</summary>
    public bool ExternalLoginActive => external.Active is not null;

    public bool RegistrationOpen => settings.GetBool("allow_registrations") && !ExternalLoginActive;

    public bool PasswordResetByMail => notifier.CanDeliver && !ExternalLoginActive;
}
