using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown.Media;

/// <summary>
/// A paragraph holding only a YouTube or Vimeo address (what authors paste) shows that video, as
/// <c>![](address)</c> would: its link becomes an image link with no alt text, which the video renderer writes.
/// </summary>
internal static class BareVideoLinks
{
    public static void MarkAsVideos(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline?.FirstChild is LinkInline { IsAutoLink: true, IsImage: false } link
                && link.NextSibling is null
                && VideoSource.Of(link.Url) is { IsEmbed: true })
            {
                link.IsImage = true;
                link.Clear();
            }
        }
    }
}
