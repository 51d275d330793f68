using Microsoft.AspNetCore.Mvc;

namespace NodePoint.Plugins.Mail.Components;

/// <summary>The "send a test mail" box on the admin's Settings page.</summary>
public sealed class MailTestViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => View();
}
