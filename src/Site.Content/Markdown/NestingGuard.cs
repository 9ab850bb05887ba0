using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Site.Content.Markdown;

/// <summary>
/// Stops block parsing as soon as a block would open deeper than <see cref="MarkdownPipelines.MaximumNestingDepth"/>
/// containers. Markdig checks its own depth limit only after it has parsed every block, and its block parser spends
/// time proportional to the depth squared on every line: a list indented one more tab on each of 3,000 lines took
/// half a minute to be refused. Checked before each block opens, the depth never grows past the limit, so the time
/// stays linear in the size of the body, and the refusal knows its line.
/// </summary>
internal sealed class NestingGuard : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // First in the list, so that the guard runs before any parser that could open a block: the global parsers
        // (lists, paragraphs) and those that start at a character (quotes, footnotes, figures, grid tables).
        pipeline.BlockParsers.Insert(0, new Guard(openingCharacters: null));
        pipeline.BlockParsers.Insert(0, new Guard(Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c).ToArray()));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class Guard : BlockParser
    {
        public Guard(char[]? openingCharacters) => OpeningCharacters = openingCharacters;

        public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

        public override BlockState TryOpen(BlockProcessor processor)
        {
            var innermost = processor.CurrentContainer;
            var depth = 0;
            for (Block? container = innermost; container is not null and not MarkdownDocument; container = container.Parent)
            {
                if (++depth >= MarkdownPipelines.MaximumNestingDepth)
                {
                    // Where the innermost container opened: the line that went past the limit.
                    throw new NestingTooDeepException((innermost?.Line ?? processor.LineIndex) + 1);
                }
            }

            return BlockState.None;
        }
    }
}
