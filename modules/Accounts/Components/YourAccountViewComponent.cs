using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using NodePoint.Abstractions.Notifications;
using NodePoint.Modules.Accounts.Features.OwnAccount;

namespace NodePoint.Modules.Accounts.Components;

/// <summary>
/// "Your account" on a user's settings page. ASP.NET Core only finds public view components with public
/// constructors, so this one takes the module's services from the request.
/// </summary>
public sealed class YourAccountViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var account = HttpContext.RequestServices.GetRequiredService<OwnAccount>();
        var user = await account.LoadAsync(HttpContext.RequestAborted);
        if (user is null)
            return Content("");
        var canDeliver = HttpContext.RequestServices.GetRequiredService<INotifier>().CanDeliver;
        return View(new YourAccount(user, OwnAccount.PasswordChangeRefusal(user), canDeliver));
    }
}
