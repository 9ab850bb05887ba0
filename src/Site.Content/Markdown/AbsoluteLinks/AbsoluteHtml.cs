using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Syntax;

using Site.Content.Markdown.Media;

namespace Site.Content.Markdown.AbsoluteLinks;

/// <summary>
/// Renders a parsed body with every URL that Markdown wrote absolute, for a feed: links and images through the
/// syntax tree, footnote links through their own renderer, and raw HTML written by authors through its tags.
/// </summary>
internal static class AbsoluteHtml
{
    public static string Render(MarkdownDocument document, MarkdownPipeline pipeline, BodyLabels labels, Uri page)
    {
        AbsoluteLinkUrls.Rewrite(document, page);
        RawHtmlUrls.Rewrite(document, page);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        BodyRenderers.Install(renderer, labels, printPage: null);
        var footnotes = renderer.ObjectRenderers.FindExact<HtmlFootnoteLinkRenderer>();
        if (footnotes is not null)
        {
            renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new AbsoluteFootnoteLinkRenderer(footnotes, page));
        }

        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
