using Markdig;

namespace Site.Content.Markdown;

/// <summary>
/// Markdown nested deeper than <see cref="MarkdownPipelines.MaximumNestingDepth"/> is refused in two ways: blocks
/// (quotes, lists) by <see cref="NestingGuard"/>, which knows the line, and inlines (emphasis, unclosed brackets) by
/// Markdig, which throws an <see cref="ArgumentException"/> from its parser without a position. This recognizes both
/// refusals and finds the line where the body first nests too deep.
/// </summary>
public static class NestingLimit
{
    public static bool IsExceeded(Exception exception) =>
        exception is NestingTooDeepException
        || (exception is ArgumentException { Source: "Markdig" } && exception.Message.Contains("depth limit", StringComparison.Ordinal));

    /// <summary>The 1-based line of <paramref name="body"/> where parsing it in <paramref name="language"/> failed with <paramref name="exception"/>.</summary>
    public static int LineOf(Exception exception, string body, string language)
    {
        if (exception is NestingTooDeepException tooDeep)
        {
            return tooDeep.Line;
        }

        // A body that ends with a line break has no line after it to point at.
        var lines = body.TrimEnd('\n').Split('\n');
        var pipeline = MarkdownPipelines.For(language);
        var context = new MarkdownParserContext();
        if (Fails(body, MarkdownPipelines.Locating(language), context) && NestingWitness.LastSeen(context) is { } seen)
        {
            // The refusal came while parsing the paragraph that starts at LeafLine, at or before Line: search only there.
            return FirstLineTooDeep(lines, pipeline, seen.LeafLine + 1, Math.Min(seen.Line + 1, lines.Length));
        }

        return FirstLineTooDeep(lines, pipeline, 1, lines.Length);
    }

    /// <summary>The first of the lines from <paramref name="low"/> to <paramref name="high"/> (1-based) at which parsing the beginning of the body fails.</summary>
    private static int FirstLineTooDeep(string[] lines, MarkdownPipeline pipeline, int low, int high)
    {
        // Parsing the first `high` lines fails; parsing the first `low - 1` lines does not.
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

    private static bool Fails(string text, MarkdownPipeline pipeline, MarkdownParserContext? context = null)
    {
        try
        {
            Markdig.Markdown.Parse(text, pipeline, context);
            return false;
        }
        catch (Exception e) when (IsExceeded(e))
        {
            return true;
        }
    }
}
