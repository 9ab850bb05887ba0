using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;


namespace Site.Content.Markdown.Typography;

/// <summary>
/// Leaves a pipeline only paragraphs, line breaks and SmartyPants. Added last, after SmartyPants has placed its
/// parser among the default ones it positions itself against.
/// </summary>
internal sealed class PlainTextOnly : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        pipeline.InlineParsers.RemoveAll(parser => parser is not LineBreakInlineParser and not SmartyPantsInlineParser and not Apostrophes.Parser);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
