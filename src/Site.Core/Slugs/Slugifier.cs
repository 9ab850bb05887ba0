using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Site.Core.Slugs;

/// <summary>Turns a title, tag or name into a URL segment: lower case, diacritics folded, anything else a single dash.</summary>
public static class Slugifier
{
    // Letters that Unicode decomposition does not reduce to ASCII.
    private static readonly Dictionary<char, string> Folds = new()
    {
        ['ß'] = "ss",
        ['ẞ'] = "ss",
        ['œ'] = "oe",
        ['Œ'] = "oe",
        ['æ'] = "ae",
        ['Æ'] = "ae",
        ['ø'] = "o",
        ['Ø'] = "o",
        ['ı'] = "i",
        ['đ'] = "d",
        ['Đ'] = "d",
        ['ł'] = "l",
        ['Ł'] = "l",
        ['þ'] = "th",
        ['Þ'] = "th",
        ['ð'] = "d",
        ['Ð'] = "d",
        ['ħ'] = "h",
        ['Ħ'] = "h",
    };

    // Every build slugifies the same few thousand tag names again; a preview rebuilds on every save. Unicode
    // normalization is the costly part, so known answers are kept (a bounded number of them).
    private const int RememberedLimit = 100_000;
    private static readonly ConcurrentDictionary<string, string> Remembered = new(StringComparer.Ordinal);

    private static int _remembered;

    public static string Slugify(string text)
    {
        if (Remembered.TryGetValue(text, out var known))
        {
            return known;
        }

        // Counted apart: a concurrent dictionary's Count takes every one of its locks.
        if (Interlocked.Increment(ref _remembered) > RememberedLimit)
        {
            Remembered.Clear();
            Interlocked.Exchange(ref _remembered, 0);
        }

        return Remembered[text] = Compute(text);
    }

    private static string Compute(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        // Decomposition leaves ASCII as it is: most file names need none.
        foreach (var c in Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormD))
        {
            if (Folds.TryGetValue(c, out var replacement))
            {
                foreach (var f in replacement)
                {
                    Append(builder, f, ref pendingDash);
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                Append(builder, c, ref pendingDash);
            }
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, char c, ref bool pendingDash)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            if (pendingDash && builder.Length > 0)
            {
                builder.Append('-');
            }

            pendingDash = false;
            builder.Append(lower);
        }
        else
        {
            pendingDash = true;
        }
    }
}
