using System.Collections.Concurrent;
using System.Net;
using System.Text;

using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown.Typography;

/// <summary>
/// The body's smart punctuation (Markdig's SmartyPants with the site's quotes per language) applied to plain text:
/// titles and summaries get the same quotes, apostrophes, dashes and ellipses as the Markdown they come with.
/// </summary>
public static class SmartPunctuation
{
    private static readonly ConcurrentDictionary<string, (MarkdownPipeline Pipeline, SmartyPantOptions Options)> Pipelines = new();

    /// <summary>The text with typographic punctuation; everything else (asterisks, brackets, entities) stays as written.</summary>
    public static string Apply(string text, string language)
    {
        if (text.AsSpan().IndexOfAny("'\"-.<>") < 0)
        {
            return text;
        }

        var (pipeline, options) = Pipelines.GetOrAdd(language, Build);
        var document = Markdig.Markdown.Parse(text, pipeline);
        var result = new StringBuilder(text.Length + 8);
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (result.Length > 0)
            {
                result.Append(' ');
            }

            if (paragraph.Inline is not null)
            {
                AppendText(paragraph.Inline, options, result);
            }
        }

        return result.ToString();
    }

    /// <summary>The SmartyPants options of <paramref name="language"/>: what each mark becomes.</summary>
    internal static SmartyPantOptions OptionsFor(string language) => Pipelines.GetOrAdd(language, Build).Options;

    /// <summary>The plain text of <paramref name="container"/>, its smart punctuation included.</summary>
    internal static void AppendText(ContainerInline container, SmartyPantOptions options, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case SmartyPant smartyPant:
                    text.Append(Character(smartyPant.Type, options));
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
                    AppendText(child, options, text);
                    break;
            }
        }
    }

    /// <summary>The character a SmartyPants mark stands for (the options write HTML entities such as <c>&amp;rsquo;</c>).</summary>
    internal static string Character(SmartyPantType type, SmartyPantOptions options) =>
        options.Mapping.TryGetValue(type, out var written) ? WebUtility.HtmlDecode(written) : string.Empty;

    // Only paragraphs, literal text and SmartyPants: no emphasis, links, HTML, entities or escapes, so that the
    // text keeps every other character as written.
    private static (MarkdownPipeline, SmartyPantOptions) Build(string language)
    {
        var options = MarkdownPipelines.QuotesFor(language);
        var builder = new MarkdownPipelineBuilder().UseSmartyPants(options);
        builder.Extensions.Add(new Apostrophes());
        builder.Extensions.Add(new PlainTextOnly());
        return (builder.Build(), options);
    }
}
