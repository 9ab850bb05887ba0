using System.Collections.Concurrent;

using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.SmartyPants;

using Site.Content.Markdown.Typography;

namespace Site.Content.Markdown;

/// <summary>
/// The Markdig pipeline, made once per language. Web and print pages parse the same way, so one parsed document serves
/// both; what differs is how it is written (<c>MarkdownRenderer.ToHtml</c>): videos, for one, are players on web pages
/// and a line of text on print pages (<c>Media/VideoLinkRenderer</c>).
/// </summary>
public static class MarkdownPipelines
{
    /// <summary>Deeper nesting than this is an author's accident or an attack; Markdig reports it instead of overflowing the stack.</summary>
    public const int MaximumNestingDepth = 64;

    private static readonly ConcurrentDictionary<string, MarkdownPipeline> Cache = new(StringComparer.Ordinal);

    public static MarkdownPipeline For(string language) => Cache.GetOrAdd(language, key => Build(key));

    /// <summary>The pipeline with a <see cref="NestingWitness"/>, to locate a body that <see cref="For"/> refused.</summary>
    internal static MarkdownPipeline Locating(string language) => Build(language, witness: true);

    private static MarkdownPipeline Build(string language, bool witness = false)
    {
        var builder = new MarkdownPipelineBuilder { MaximumNestingDepth = MaximumNestingDepth }
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.Default)
            .UseFigures()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseSmartyPants(QuotesFor(language));
        builder.Extensions.Add(new Apostrophes());
        builder.UseGenericAttributes();

        // Last, so that their parsers go before those every other extension added.
        builder.Extensions.Add(new NestingGuard());
        if (witness)
        {
            builder.Extensions.Add(new NestingWitness());
        }

        return builder.Build();
    }

    // French typography: guillemets with narrow no-break spaces inside; other languages keep SmartyPants' curly quotes.
    // Titles and summaries get the same rules (Typography/SmartPunctuation).
    internal static SmartyPantOptions QuotesFor(string language)
    {
        var options = new SmartyPantOptions();
        if (language == "fr")
        {
            options.Mapping[SmartyPantType.LeftDoubleQuote] = "«\u202F";
            options.Mapping[SmartyPantType.RightDoubleQuote] = "\u202F»";
        }

        return options;
    }
}
