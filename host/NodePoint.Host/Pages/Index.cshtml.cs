using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;

namespace NodePoint.Host.Pages;

/// <summary>The home page: panels contributed by the enabled components, for everyone.</summary>
[RequireLevel(AccessLevel.Guest)]
public sealed class IndexModel : PageModel;
