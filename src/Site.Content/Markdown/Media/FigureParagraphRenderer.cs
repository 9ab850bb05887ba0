using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown.Media;

/// <summary>
/// Writes a paragraph holding only a picture with a title (<c>![alt](src "Légende")</c>) as a <c>&lt;figure&gt;</c>
/// whose <c>&lt;figcaption&gt;</c> is the title; every other paragraph goes to Markdig's renderer. A picture inside
/// a sentence keeps its title as an attribute: a figure cannot sit inside a paragraph.
/// </summary>
internal sealed class FigureParagraphRenderer(ParagraphRenderer inner) : HtmlObjectRenderer<ParagraphBlock>
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not LinkInline { IsImage: true, Title: { Length: > 0 } title } image
            || image.NextSibling is not null
            || string.IsNullOrWhiteSpace(title)
            || VideoSource.Of(image.Url) is not null)
        {
            ((IMarkdownObjectRenderer)inner).Write(renderer, paragraph);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<figure>");
        image.Title = null;
        renderer.Write(image);
        image.Title = title;
        renderer.Write("<figcaption>").WriteEscape(title.Trim()).WriteLine("</figcaption></figure>");
    }
}
