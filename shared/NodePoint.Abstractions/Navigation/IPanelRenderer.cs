using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace NodePoint.Abstractions.Navigation;

/// <summary>Renders a contributed panel (implemented by the host); a panel that fails shows a short notice instead of taking the page down.</summary>
public interface IPanelRenderer
{
    /// <summary>Invokes <paramref name="panel"/>'s view component with <paramref name="arguments"/> (such as <c>new { projectId }</c>).</summary>
    Task<IHtmlContent> RenderAsync(IViewComponentHelper components, Panel panel, object? arguments = null);
}
