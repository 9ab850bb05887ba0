using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace Site.Content.Markdown.Media;

/// <summary>Puts the body's own renderers (videos, print links, figures, scrollable tables) in front of Markdig's.</summary>
internal static class BodyRenderers
{
    /// <param name="printPage">For a print page, the absolute URL of each URL written (null: as written); null for web pages and feeds.</param>
    public static void Install(HtmlRenderer renderer, BodyLabels labels, Func<string, string?>? printPage)
    {
        if (renderer.ObjectRenderers.FindExact<LinkInlineRenderer>() is { } links)
        {
            renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new VideoLinkRenderer(links, labels, printPage));
        }

        if (renderer.ObjectRenderers.FindExact<ParagraphRenderer>() is { } paragraphs)
        {
            renderer.ObjectRenderers.Replace<ParagraphRenderer>(new FigureParagraphRenderer(paragraphs));
        }

        if (renderer.ObjectRenderers.FindExact<HtmlTableRenderer>() is { } tables)
        {
            renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollableTableRenderer(tables, labels.TableRegion));
        }
    }
}
