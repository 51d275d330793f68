using Microsoft.AspNetCore.Authorization;
using NodePoint.Abstractions.Access;

namespace NodePoint.Host.Security;

/// <summary>Met when the user holds at least <see cref="Level"/>, or is a guest while the setting <see cref="GuestsWhen"/> is on.</summary>
internal sealed record LevelRequirement(AccessLevel Level, string? GuestsWhen) : IAuthorizationRequirement;
