using Ganss.Xss;
using Markdig;

namespace NodePoint.Modules.Projects.Features;

/// <summary>Markdown to HTML that is safe to show: raw HTML is escaped by Markdig, then the sanitizer drops scripts, event handlers and javascript: links.</summary>
internal sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = new();

    public string Render(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
}
