using NodePoint.Modules.Accounts.Domain;

namespace NodePoint.Modules.Accounts.Components;

internal sealed record YourAccount(User User, string? PasswordRefusal, bool MailAvailable);
