using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Content.Markdown.Media;

/// <summary>
/// Wraps each table in a labelled scroll region that the keyboard can reach (<c>tabindex="0"</c>), so that a table
/// wider than a phone scrolls sideways without hiding its columns; the theme draws the cue that more columns exist.
/// </summary>
internal sealed class ScrollableTableRenderer(HtmlTableRenderer inner, string label) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").WriteEscape(label).WriteLine("\">");
        ((IMarkdownObjectRenderer)inner).Write(renderer, table);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
