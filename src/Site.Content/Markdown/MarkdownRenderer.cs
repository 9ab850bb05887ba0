using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

using Site.Content.Markdown.AbsoluteLinks;
using Site.Content.Markdown.Media;
using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;
using Site.Core.Urls;

namespace Site.Content.Markdown;

/// <summary>Renders an article body once for the web page and once for the print page, with its links rewritten.</summary>
/// <param name="labels">The UI strings a body carries, per language (<see cref="BodyLabels.KeyNames"/> when not given).</param>
public sealed class MarkdownRenderer(SourceLinkMap links, UrlBuilder urls, ImageSizes? images = null, Func<string, BodyLabels>? labels = null)
{
    /// <param name="lookups">Receives what the rendering asked about images and other source files, for caches.</param>
    public RenderedBody Render(Article article, DiagnosticBag diagnostics, RenderLookups? lookups = null)
    {
        var (document, pictures) = Parse(article, diagnostics, lookups);
        var print = ToHtml(document, MarkdownPipelines.For(article.Language), LabelsOf(article.Language), PrintUrls(article, lookups));
        var firstIsRaw = pictures.FirstIsRaw(document);
        ImageAttributes.LoadLazily(document, eagerFirst: article.Image is null && !firstIsRaw);
        pictures.OfferOnTheWeb(document, eagerFirstRaw: article.Image is null && firstIsRaw);
        var html = ToHtml(document, MarkdownPipelines.For(article.Language), LabelsOf(article.Language), printPage: null);
        var summary = article.Summary ?? SummaryExtractor.FromDocument(document, article.Language);
        return new RenderedBody(html, print, summary) { Pictures = pictures.SitePaths };
    }

    /// <summary>
    /// The web body again, with every URL Markdown wrote made absolute against <paramref name="page"/>: what a feed
    /// carries. Its problems were reported when <see cref="Render"/> made the web body.
    /// </summary>
    public string RenderAbsolute(Article article, Uri page)
    {
        var (document, _) = Parse(article, new DiagnosticBag(), null);
        ImageAttributes.LoadLazily(document, eagerFirst: article.Image is null);
        return AbsoluteHtml.Render(document, MarkdownPipelines.For(article.Language), LabelsOf(article.Language), page);
    }

    /// <summary>
    /// How a print page writes a link: absolute, so that its stylesheet can print where it leads. Only a page-relative
    /// link asks where the article itself is published, so that moving an article re-renders only such bodies.
    /// </summary>
    private Func<string, string?> PrintUrls(Article article, RenderLookups? lookups)
    {
        var page = new Lazy<Uri>(() => (lookups is null ? links : links.RecordingInto(lookups)).SitePathOf(article.SourcePath) is { } sitePath
            ? new Uri(urls.Absolute(sitePath))
            : urls.BaseUrl);
        return url => url.StartsWith('#') ? null : PageRelativeUrl.Resolve(url, url.StartsWith('/') ? urls.BaseUrl : page.Value);
    }

    private static string ToHtml(MarkdownDocument document, MarkdownPipeline pipeline, BodyLabels labels, Func<string, string?>? printPage)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        BodyRenderers.Install(renderer, labels, printPage);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private BodyLabels LabelsOf(string language) => labels?.Invoke(language) ?? BodyLabels.KeyNames;

    private (MarkdownDocument Document, ResponsivePictures Pictures) Parse(Article article, DiagnosticBag diagnostics, RenderLookups? lookups)
    {
        var sizes = images ?? ImageSizes.None;
        var document = Markdig.Markdown.Parse(article.Body, MarkdownPipelines.For(article.Language));
        Func<string, ImageSize?> sizeOf = lookups is null ? sizes.Find : url =>
        {
            // The hash names the variants the web body offers: a picture whose bytes change renders the body again.
            var size = sizes.Find(url);
            lookups.Record(url, size, size is null ? null : sizes.Responsive(url)?.Hash);
            return size;
        };
        ImageAttributes.AddSizes(document, sizeOf);
        var pictures = ResponsivePictures.Find(document, urls, sizeOf, sizes.Responsive);
        TableAlignment.UseClasses(document);
        BareVideoLinks.MarkAsVideos(document);
        if (urls.BasePath != "/")
        {
            // Raw HTML's site paths (<img src="/media/…">) move under the base path, as Markdown's links do.
            RawHtmlUrls.Rewrite(document, url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? urls.Rebase(url) : null);
        }
        LinkRewriter.Rewrite(document, article.SourcePath, article.BodyLine, lookups is null ? links : links.RecordingInto(lookups), urls, diagnostics);
        return (document, pictures);
    }
}
