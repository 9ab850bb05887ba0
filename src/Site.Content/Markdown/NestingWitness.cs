using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Site.Content.Markdown;

/// <summary>
/// Notes, in the parser context, the leaf block and the line where inline parsing last was, so that when Markdig
/// refuses inlines nested too deep (which it reports without a position) the refusal can be located with one more
/// parse instead of a search over the whole body. Only in the pipeline used to locate a refusal: the character
/// hooks would cut every literal run of text at each punctuation mark.
/// </summary>
internal sealed class NestingWitness : IMarkdownExtension
{
    private static readonly object Key = new();

    /// <summary>The 0-based first line of the leaf block and the 0-based line last parsed, if parsing reached an inline.</summary>
    public static (int LeafLine, int Line)? LastSeen(MarkdownParserContext context) =>
        context.Properties.TryGetValue(Key, out var seen) ? ((int, int))seen : null;

    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.InlineParsers.Insert(0, new Witness());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class Witness : InlineParser
    {
        // Every character that can open an inline that nests: emphasis, links, images, code, tables, quotes.
        public Witness() => OpeningCharacters = Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c).Where(char.IsPunctuation).Concat("*+<=>^`|~$".ToCharArray()).Distinct().ToArray();

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (processor.Context is { } context)
            {
                processor.GetSourcePosition(slice.Start, out var line, out _);
                context.Properties[Key] = (processor.Block?.Line ?? line, line);
            }

            return false;
        }
    }
}
