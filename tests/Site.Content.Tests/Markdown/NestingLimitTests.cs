using System.Text;

using Site.Content.Markdown;

namespace Site.Content.Tests.Markdown;

/// <summary>
/// Markdown nested too deep is refused at its line while the block parser is still shallow: Markdig alone builds every
/// level first and checks its limit at the end, in a time that grows with the cube of the number of lines.
/// </summary>
public sealed class NestingLimitTests
{
    public static TheoryData<string, string, int> DeepBlocks => new()
    {
        { "a list indented one more tab on each line, 4.4 MB", Lines(4_400_000, i => new string('\t', i) + "- x\n"), 32 },
        { "empty list items indented two more spaces on each line", Lines(1_000_000, i => new string(' ', 2 * i) + "-\n"), 32 },
        { "one more '>' on each line", Lines(1_000_000, i => new string('>', i) + "\n"), 65 },
        { "10,000 '> ' on one line", string.Concat(Enumerable.Repeat("> ", 10_000)) + "x\n", 1 },
        { "a deep list after fine paragraphs", Lines(10_000, _ => "Texte.\n\n") + Lines(10_000, i => new string(' ', 2 * i) + "- x\n"), 2_500 + 32 },
    };

    [Theory]
    [MemberData(nameof(DeepBlocks))]
    public void GivenBlocksNestedPastTheLimitWhenParsedThenTheRefusalComesFromTheLineThatCrossesIt(string name, string body, int line)
    {
        var refusal = Assert.ThrowsAny<Exception>(() => Markdig.Markdown.Parse(body, MarkdownPipelines.For("fr")));

        Assert.True(refusal is NestingTooDeepException, $"{name}: {refusal.GetType().Name}");
        Assert.True(NestingLimit.IsExceeded(refusal), name);
        Assert.Equal(line, NestingLimit.LineOf(refusal, body, "fr"));
    }

    public static TheoryData<string, string, int> DeepInlines => new()
    {
        { "50,000 '[' on the last line", "Texte.\n\n" + new string('[', 50_000) + "\n", 3 },
        { "50,000 '[' on the fourth line of a paragraph", "Texte.\n\na\nb\nc\n" + new string('[', 50_000) + "\nd\n\nFin.\n", 6 },
        { "25,000 '*a' after 2 MB of fine paragraphs", FineParagraphs + string.Concat(Enumerable.Repeat("*a", 25_000)) + "\n", FineParagraphs.Count(c => c == '\n') + 1 },
    };

    private static string FineParagraphs { get; } = Lines(2_000_000, _ => "Un *paragraphe* avec un [lien](/x).\n\n");

    [Theory]
    [MemberData(nameof(DeepInlines))]
    public void GivenInlinesNestedPastTheLimitWhenLocatedThenTheLineIsTheOneThatCrossesIt(string name, string body, int line)
    {
        var refusal = Assert.ThrowsAny<Exception>(() => Markdig.Markdown.Parse(body, MarkdownPipelines.For("fr")));

        Assert.True(NestingLimit.IsExceeded(refusal), name);
        Assert.Equal(line, NestingLimit.LineOf(refusal, body, "fr"));
    }

    [Fact]
    public void GivenNestingJustUnderTheLimitWhenParsedThenItIsAccepted()
    {
        var body = string.Concat(Enumerable.Repeat("> ", MarkdownPipelines.MaximumNestingDepth - 1)) + "x\n\n"
            + string.Concat(Enumerable.Range(0, (MarkdownPipelines.MaximumNestingDepth / 2) - 1).Select(i => new string(' ', 2 * i) + "- x\n"));

        var document = Markdig.Markdown.Parse(body, MarkdownPipelines.For("fr"));

        Assert.NotEmpty(document);
    }

    private static string Lines(int size, Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < size; i++)
        {
            text.Append(line(i));
        }

        return text.ToString();
    }
}
