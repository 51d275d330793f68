using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Accounts.Features.ApiTokens;

namespace NodePoint.Modules.Accounts.Components;

/// <summary>"API tokens" on a user's settings page: their tokens, a form to make one, and a revoke button each.</summary>
public sealed class ApiTokensViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (HttpContext.RequestServices.GetRequiredService<ICurrentUser>().Kind != UserKind.User)
            return Content("");
        var tokens = await HttpContext.RequestServices.GetRequiredService<PersonalApiTokens>().MineAsync(HttpContext.RequestAborted);
        return View(new ApiTokensPanel(tokens));
    }
}

internal sealed record ApiTokensPanel(IReadOnlyList<Domain.ApiToken> Tokens);
