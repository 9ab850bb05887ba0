using Markdig;

namespace Site.Content.Markdown;

/// <summary>
/// Markdig refuses input nested deeper than <see cref="MarkdownPipelines.MaximumNestingDepth"/> (quotes, lists,
/// emphasis, unclosed brackets) by throwing an <see cref="ArgumentException"/> from its parser, without a position.
/// This recognizes that refusal and finds the line where the body first nests too deep.
/// </summary>
public static class NestingLimit
{
    public static bool IsExceeded(Exception exception) =>
        exception is ArgumentException { Source: "Markdig" } && exception.Message.Contains("depth limit", StringComparison.Ordinal);

    /// <summary>The 1-based line of <paramref name="body"/> at which parsing its beginning first fails.</summary>
    public static int FirstLineTooDeep(string body, MarkdownPipeline pipeline)
    {
        var lines = body.Split('\n');

        // Parsing the first `high` lines fails (all of them fail); parsing the first `low - 1` lines does not.
        var (low, high) = (1, lines.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Fails(string.Join('\n', lines, 0, middle), pipeline))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private static bool Fails(string text, MarkdownPipeline pipeline)
    {
        try
        {
            Markdig.Markdown.Parse(text, pipeline);
            return false;
        }
        catch (ArgumentException e) when (IsExceeded(e))
        {
            return true;
        }
    }
}
