using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Accounts;
using NodePoint.Abstractions.Audit;
using NodePoint.Modules.Accounts.Data;
using NodePoint.Modules.Accounts.Domain;
using NodePoint.Modules.Accounts.Features.ConfirmEmail;

namespace NodePoint.Modules.Accounts.Features.Register;

/// <summary>Creates a local account (self-registration, or a user manager adding someone), validating every field first.</summary>
internal sealed class UserRegistration(AccountsDbContext db, IAdminAccount admin, EmailConfirmation confirmation, IAuditLog audit)
{
    public sealed record Request(string Name, string Password, string PasswordConfirmation, string Email, AccessLevel Level);

    /// <summary>The new user and the confirmation code mailed to them (the API hands it back), or the problems by field.</summary>
    public sealed record Outcome(User? User, Dictionary<string, string> Errors, string? ConfirmationCode = null)
    {
        public void Deconstruct(out User? user, out Dictionary<string, string> errors) => (user, errors) = (User, Errors);
    }

    /// <summary>The new user, or the problems by field (name, password, email).</summary>
    public async Task<Outcome> CreateAsync(Request request, string how, CancellationToken cancellationToken)
    {
        var name = request.Name.Trim();
        var email = request.Email.Trim();
        var errors = new Dictionary<string, string>();
        if (UserName.Check(name, admin.Name) is { } nameProblem)
            errors["name"] = nameProblem;
        else if (await db.Users.AnyAsync(u => u.NormalizedName == UserName.Normalize(name), cancellationToken))
            errors["name"] = $"The name '{name}' is already taken.";
        if (Passwords.Check(request.Password, request.PasswordConfirmation) is { } passwordProblem)
            errors["password"] = passwordProblem;
        if (EmailAddress.Check(email) is { } emailProblem)
            errors["email"] = emailProblem;
        if (errors.Count > 0)
            return new Outcome(null, errors);

        var user = User.CreateLocal(name, Passwords.Hash(request.Password), request.Level);
        var code = EmailConfirmation.Assign(user, email);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone took the name between the check and the save.
            db.Users.Remove(user);
            return new Outcome(null, new Dictionary<string, string> { ["name"] = $"The name '{name}' is already taken." });
        }
        await audit.RecordAsync("user.created", $"User '{user.Name}' {how}, level {(int)user.Level}.", cancellationToken);
        if (code is not null)
            await confirmation.SendAsync(user, code, cancellationToken);
        return new Outcome(user, errors, code);
    }
}
