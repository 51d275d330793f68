using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;

namespace NodePoint.Host.Pages;

/// <summary>The page shown for error status codes; the status code itself is kept.</summary>
[RequireLevel(AccessLevel.Guest)]
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
internal sealed class StatusModel : PageModel
{
    public int Code { get; private set; }
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code;
        (Title, Message) = code switch
        {
            403 => ("Access denied", "Your access level does not allow this page. Ask a user manager if you need it."),
            404 => ("Not found", "This page does not exist, or its component is switched off."),
            >= 500 => ("Something went wrong", "The error was logged. Please try again, and tell your administrator if it keeps happening."),
            _ => ($"Error {code}", "The request could not be completed."),
        };
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
            Response.StatusCode = code is >= 400 and < 600 ? code : 400;
    }
}
