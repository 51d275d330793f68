using NodePoint.Abstractions.Access;

namespace NodePoint.Host.Security;

/// <summary>The actor of work started outside a web request: the command line and jobs.</summary>
internal sealed class SystemUser : ICurrentUser
{
    public static readonly SystemUser Instance = new();

    public string Name => "system";
    public AccessLevel Level => AccessLevel.Admin;
    public UserKind Kind => UserKind.Admin;
}
