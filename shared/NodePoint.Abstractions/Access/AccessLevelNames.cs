namespace NodePoint.Abstractions.Access;

/// <summary>Display names of the access levels, as the manual names them.</summary>
public static class AccessLevelNames
{
    /// <summary>"5 - Users management" style label.</summary>
    public static string Describe(AccessLevel level) => level switch
    {
        AccessLevel.Guest => "Guest",
        AccessLevel.Unauthorized => "0 - Unauthorized",
        AccessLevel.Authorized => "1 - Authorized",
        AccessLevel.RestrictedView => "2 - Restricted view",
        AccessLevel.TicketsManagement => "3 - Tickets management",
        AccessLevel.ProjectsManagement => "4 - Projects management",
        AccessLevel.UsersManagement => "5 - Users management",
        AccessLevel.Admin => "6 - NodePoint admin",
        _ => level.ToString(),
    };
}
