using Markdig;
using Markdig.Syntax;

using Site.Content.Markdown.AbsoluteLinks;
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
        var document = Parse(article, diagnostics, lookups);
        var print = document.ToHtml(MarkdownPipelines.Print(article.Language));
        ImageAttributes.LoadLazily(document, eagerFirst: article.Image is null);
        var html = document.ToHtml(MarkdownPipelines.Web(article.Language));
        var summary = article.Summary ?? SummaryExtractor.FromDocument(document, article.Language);
        return new RenderedBody(html, print, summary);
    }

    /// <summary>
    /// The web body again, with every URL Markdown wrote made absolute against <paramref name="page"/>: what a feed
    /// carries. Its problems were reported when <see cref="Render"/> made the web body.
    /// </summary>
    public string RenderAbsolute(Article article, Uri page)
    {
        var document = Parse(article, new DiagnosticBag(), null);
        ImageAttributes.LoadLazily(document, eagerFirst: article.Image is null);
        return AbsoluteHtml.Render(document, MarkdownPipelines.Web(article.Language), page);
    }

    private MarkdownDocument Parse(Article article, DiagnosticBag diagnostics, RenderLookups? lookups)
    {
        var sizes = images ?? ImageSizes.None;
        var document = Markdig.Markdown.Parse(article.Body, MarkdownPipelines.Web(article.Language));
        ImageAttributes.AddSizes(document, lookups is null ? sizes.Find : url => lookups.Record(url, sizes.Find(url)));
        TableAlignment.UseClasses(document);
        LinkRewriter.Rewrite(document, article.SourcePath, article.BodyLine, lookups is null ? links : links.RecordingInto(lookups), urls, diagnostics);
        return document;
    }
}
