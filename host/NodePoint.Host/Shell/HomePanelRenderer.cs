using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using NodePoint.Abstractions.Navigation;

namespace NodePoint.Host.Shell;

/// <summary>Renders one home-page panel; a panel that fails shows a short notice instead of taking the whole page down.</summary>
internal sealed class HomePanelRenderer(ILogger<HomePanelRenderer> logger)
{
    public async Task<IHtmlContent> RenderAsync(IViewComponentHelper components, HomePanel panel)
    {
        try
        {
            return await components.InvokeAsync(panel.ViewComponentName, new { });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Home panel {Panel} failed", panel.ViewComponentName);
            return new HtmlString("<div class=\"alert alert-warning\" role=\"alert\">A panel could not be shown; the error was logged.</div>");
        }
    }
}
