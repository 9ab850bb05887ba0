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
            if (char.IsWhiteSpace(c))
            {
                counted = false;
                continue;
            }

            if (!counted && char.IsLetterOrDigit(c))
            {
                words++;
                counted = true;
            }
        }

        return words;
    }
}
