using System.Text;

using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using Site.Content.Markdown.Typography;

namespace Site.Content.Markdown;

/// <summary>Makes a default summary: the first paragraph as plain text, cut at a word near 200 characters.</summary>
public static class SummaryExtractor
{
    public const int TargetLength = 200;

    /// <summary>The summary keeps the body's typography: its quotes and apostrophes are part of what it says.</summary>
    public static string FromDocument(MarkdownDocument document, string language)
    {
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Inline is not null && !IsOnlyImages(p));
        if (paragraph?.Inline is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        SmartPunctuation.AppendText(paragraph.Inline, SmartPunctuation.OptionsFor(language), text);
        return Cut(Collapse(text.ToString()));
    }

    public static string Cut(string text, int length = TargetLength)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', length);
        var end = space > length / 2 ? space : length;
        return text[..end].TrimEnd(' ', ',', ';', ':', '.', '-', '–', '—') + "…";
    }

    private static bool IsOnlyImages(ParagraphBlock paragraph) =>
        paragraph.Inline!.All(i => i is LinkInline { IsImage: true } or LineBreakInline || (i is LiteralInline l && l.Content.IsEmptyOrWhitespace()));

    // Only the spaces Markdown writes between words: no-break spaces (French « », 10 %) are typography.
    private static string Collapse(string text) => string.Join(' ', text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
