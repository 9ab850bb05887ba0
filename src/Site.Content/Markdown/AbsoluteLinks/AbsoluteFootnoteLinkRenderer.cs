using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

using Site.Core.Urls;

namespace Site.Content.Markdown.AbsoluteLinks;

/// <summary>
/// Writes footnote links as Markdig's <see cref="HtmlFootnoteLinkRenderer"/> does, but to the page's absolute URL
/// (<c>https://…/article/#fn:1</c>): Markdig writes their <c>#fn:</c> hrefs itself, with no link in the syntax tree.
/// </summary>
internal sealed class AbsoluteFootnoteLinkRenderer(HtmlFootnoteLinkRenderer original, Uri page) : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        if (link.IsBackLink)
        {
            renderer.Write("<a href=\"").WriteEscapeUrl(Absolute($"#fnref:{link.Index}"))
                .Write($"\" class=\"{original.FootnoteBackLinkClass}\">{original.BackLinkString}</a>");
            return;
        }

        var order = link.Footnote.Order;
        renderer.Write($"<a id=\"fnref:{link.Index}\" href=\"").WriteEscapeUrl(Absolute($"#fn:{order}"))
            .Write($"\" class=\"{original.FootnoteLinkClass}\"><sup>{order}</sup></a>");
    }

    private string Absolute(string fragment) => PageRelativeUrl.Resolve(fragment, page) ?? fragment;
}
