using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;

namespace NodePoint.Host.Pages;

/// <summary>The home page: panels contributed by the enabled components, for everyone.</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class IndexModel : PageModel;
