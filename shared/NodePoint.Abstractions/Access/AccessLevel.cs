namespace NodePoint.Abstractions.Access;

/// <summary>
/// The access levels of NodePoint, ordered: a user holds every level up to their own.
/// <see cref="Guest"/> is a visitor who is not logged in.
/// </summary>
public enum AccessLevel
{
    /// <summary>Not logged in.</summary>
    Guest = -1,
    /// <summary>0: can view private tickets.</summary>
    Unauthorized = 0,
    /// <summary>1: can create tickets and comments.</summary>
    Authorized = 1,
    /// <summary>2: can view statistics, restricted tickets and projects.</summary>
    RestrictedView = 2,
    /// <summary>3: can create releases, update tickets, track time.</summary>
    TicketsManagement = 3,
    /// <summary>4: can add, retire and edit projects, edit articles and items.</summary>
    ProjectsManagement = 4,
    /// <summary>5: can manage users, reset passwords, edit clients.</summary>
    UsersManagement = 5,
    /// <summary>6: the configured NodePoint admin; settings and components.</summary>
    Admin = 6,
}
