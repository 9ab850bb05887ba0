using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown.Typography;

/// <summary>
/// Makes a straight apostrophe between two letters or digits typographic (<c>l'été</c> → <c>l’été</c>), which
/// SmartyPants leaves alone: it only pairs quotes. Added after SmartyPants, whose parser it goes before.
/// </summary>
internal sealed class Apostrophes : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<Parser>())
        {
            pipeline.InlineParsers.InsertBefore<SmartyPantsInlineParser>(new Parser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    internal sealed class Parser : InlineParser
    {
        public Parser()
        {
            OpeningCharacters = ['\''];
        }

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (!char.IsLetterOrDigit(slice.PeekCharExtra(-1)) || !char.IsLetterOrDigit(slice.PeekCharExtra(1)))
            {
                return false;
            }

            var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
            processor.Inline = new LiteralInline("’") { Span = new(start, start), Line = line, Column = column };
            slice.SkipChar();
            return true;
        }
    }
}
