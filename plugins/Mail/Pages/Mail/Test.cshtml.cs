using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Jobs;
using NodePoint.Abstractions.Settings;
using NodePoint.Plugins.Mail.Jobs;

namespace NodePoint.Plugins.Mail.Pages.Mail;

/// <summary>The admin queues a test mail to any address; nothing is sent inside the request.</summary>
[RequireLevel(AccessLevel.Admin)]
internal sealed class MailTestModel(IJobQueue jobs, ISettings settings) : PageModel
{
    public string Address { get; private set; } = "";
    public string? Error { get; private set; }

    public void OnGet() { }

    public IActionResult OnPost(string? address)
    {
        Address = (address ?? "").Trim();
        if (settings.Get(MailSettings.Server).Length == 0)
            Error = "Set the SMTP server under Settings first.";
        else if (!System.Net.Mail.MailAddress.TryCreate(Address, out var parsed) || parsed.Address != Address || Address.Length > 99)
            Error = $"'{Address}' is not an email address.";
        if (Error is not null)
            return Page();
        jobs.Enqueue<SendTestMailJob, string>(Address);
        TempData["np:flash"] = $"Test mail to {Address} queued. Its result appears in the audit log within a few seconds.";
        return Redirect("/settings");
    }
}
