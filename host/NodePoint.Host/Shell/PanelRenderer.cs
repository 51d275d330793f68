using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using NodePoint.Abstractions.Navigation;

namespace NodePoint.Host.Shell;

/// <summary>Renders one panel of a page; a panel that fails shows a short notice instead of taking the whole page down.</summary>
internal sealed class PanelRenderer(ILogger<PanelRenderer> logger) : IPanelRenderer
{
    public async Task<IHtmlContent> RenderAsync(IViewComponentHelper components, Panel panel, object? arguments = null)
    {
        try
        {
            return await components.InvokeAsync(panel.ViewComponentName, arguments ?? new { });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Panel {Panel} failed", panel.ViewComponentName);
            return new HtmlString("<div class=\"alert alert-warning\" role=\"alert\">A panel could not be shown; the error was logged.</div>");
        }
    }
}
