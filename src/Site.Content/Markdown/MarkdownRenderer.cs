using Markdig;

using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;
using Site.Core.Urls;

namespace Site.Content.Markdown;

/// <summary>Renders an article body once for the web page and once for the print page, with its links rewritten.</summary>
public sealed class MarkdownRenderer(SourceLinkMap links, UrlBuilder urls, ImageSizes? images = null)
{
    /// <param name="lookups">Receives what the rendering asked about images and other source files, for caches.</param>
    public RenderedBody Render(Article article, DiagnosticBag diagnostics, RenderLookups? lookups = null)
    {
        var sizes = images ?? ImageSizes.None;
        var document = Markdig.Markdown.Parse(article.Body, MarkdownPipelines.Web(article.Language));
        ImageAttributes.AddSizes(document, lookups is null ? sizes.Find : url => lookups.Record(url, sizes.Find(url)));
        TableAlignment.UseClasses(document);
        LinkRewriter.Rewrite(document, article.SourcePath, article.BodyLine, lookups is null ? links : links.RecordingInto(lookups), urls, diagnostics);
        var print = document.ToHtml(MarkdownPipelines.Print(article.Language));
        ImageAttributes.LoadLazily(document, eagerFirst: article.Image is null);
        var html = document.ToHtml(MarkdownPipelines.Web(article.Language));
        var summary = article.Summary ?? SummaryExtractor.FromDocument(document);
        return new RenderedBody(html, print, summary);
    }
}
