using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown.Media;

/// <summary>
/// Writes <c>![alt](video)</c> as a player on web pages (a 16:9 privacy-mode iframe for YouTube and Vimeo, a
/// <c>&lt;video&gt;</c> for a file) and, on print pages, as a line of text with the video's absolute URL; every other
/// link goes to Markdig's renderer. On print pages (<paramref name="printPage"/> set), links are written with
/// absolute URLs, which the print stylesheet writes out after them.
/// </summary>
internal sealed class VideoLinkRenderer(LinkInlineRenderer inner, BodyLabels labels, Func<string, string?>? printPage) : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage && VideoSource.Of(link.Url) is { } video)
        {
            var alt = AltText(renderer, link);
            if (printPage is not null)
            {
                WritePrintLine(renderer, link.Url!, alt);
            }
            else if (video.IsEmbed)
            {
                WriteEmbed(renderer, video.EmbedUrl!, alt.Length > 0 ? alt : labels.Video);
            }
            else
            {
                WriteFile(renderer, link.Url!, video.FileType!, alt.Length > 0 ? alt : labels.Video);
            }

            return;
        }

        if (printPage is null || link.IsImage || link.Url is not { } url || Absolute(url) is not { } absolute)
        {
            ((IMarkdownObjectRenderer)inner).Write(renderer, link);
            return;
        }

        link.Url = absolute;
        ((IMarkdownObjectRenderer)inner).Write(renderer, link);
        link.Url = url;
    }

    private static void WriteEmbed(HtmlRenderer renderer, string embedUrl, string title)
    {
        renderer.Write("<iframe class=\"video-player\" src=\"").WriteEscapeUrl(embedUrl)
            .Write("\" title=\"").Write(title)
            .Write("\" loading=\"lazy\" allow=\"accelerometer; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share\" referrerpolicy=\"strict-origin-when-cross-origin\" allowfullscreen></iframe>");
    }

    private static void WriteFile(HtmlRenderer renderer, string url, string type, string title)
    {
        renderer.Write("<video class=\"video-player\" controls preload=\"metadata\" title=\"").Write(title).Write("\">")
            .Write("<source src=\"").WriteEscapeUrl(url).Write("\" type=\"").Write(type).Write("\">")
            .Write("<a href=\"").WriteEscapeUrl(url).Write("\">").Write(title).Write("</a></video>");
    }

    private void WritePrintLine(HtmlRenderer renderer, string url, string alt)
    {
        var absolute = Absolute(url) ?? url;
        renderer.Write("<span class=\"print-video\">").WriteEscape(labels.VideoPrint).Write(' ');
        if (alt.Length > 0)
        {
            renderer.Write(alt).Write(" — ");
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(absolute).Write("\">").WriteEscape(absolute).Write("</a></span>");
    }

    /// <summary>The URL made absolute against the print page's article, or null when it stays as written.</summary>
    private string? Absolute(string url) => printPage?.Invoke(url);

    /// <summary>The alt text as HTML-escaped plain text, the way Markdig writes an image's <c>alt</c>.</summary>
    private static string AltText(HtmlRenderer renderer, LinkInline link)
    {
        var writer = renderer.Writer;
        var html = renderer.EnableHtmlForInline;
        using var text = new StringWriter();
        renderer.Writer = text;
        renderer.EnableHtmlForInline = false;
        renderer.WriteChildren(link);
        renderer.EnableHtmlForInline = html;
        renderer.Writer = writer;
        return text.ToString().Trim();
    }
}
