using System.Text;

using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown;

/// <summary>Makes a default summary: the first paragraph as plain text, cut at a word near 200 characters.</summary>
public static class SummaryExtractor
{
    public const int TargetLength = 200;

    public static string FromDocument(MarkdownDocument document)
    {
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Inline is not null && !IsOnlyImages(p));
        if (paragraph?.Inline is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        AppendText(paragraph.Inline, text);
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

    private static void AppendText(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline child:
                    AppendText(child, text);
                    break;
            }
        }
    }

    private static bool IsOnlyImages(ParagraphBlock paragraph) =>
        paragraph.Inline!.All(i => i is LinkInline { IsImage: true } or LineBreakInline || (i is LiteralInline l && l.Content.IsEmptyOrWhitespace()));

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
