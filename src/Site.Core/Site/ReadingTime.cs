namespace Site.Core.Site;

/// <summary>How long an article takes to read: its words at 220 a minute, rounded up, at least one minute.</summary>
public static class ReadingTime
{
    public const int WordsPerMinute = 220;

    public static int Minutes(string text) => Math.Max(1, (Words(text) + WordsPerMinute - 1) / WordsPerMinute);

    /// <summary>The runs of text between spaces that hold a letter or a digit: Markdown's marks (<c>#</c>, <c>-</c>, <c>|</c>) are not words.</summary>
    public static int Words(string text)
    {
        var words = 0;
        var counted = false;
        foreach (var c in text)
        {
            // Most of a text is ASCII, which a table classifies faster than the Unicode categories.
            var kind = c < 128 ? AsciiKinds[c] : char.IsWhiteSpace(c) ? Kind.Space : char.IsLetterOrDigit(c) ? Kind.Word : Kind.Other;
            if (kind == Kind.Space)
            {
                counted = false;
            }
            else if (!counted && kind == Kind.Word)
            {
                words++;
                counted = true;
            }
        }

        return words;
    }

    private enum Kind : byte
    {
        Other,
        Space,
        Word,
    }

    private static readonly Kind[] AsciiKinds = [.. Enumerable.Range(0, 128).Select(i => (char)i)
        .Select(c => char.IsWhiteSpace(c) ? Kind.Space : char.IsLetterOrDigit(c) ? Kind.Word : Kind.Other)];
}
