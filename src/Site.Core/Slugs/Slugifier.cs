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

    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = Folds.TryGetValue(c, out var replacement) ? replacement : c.ToString();
            foreach (var f in folded)
            {
                var lower = char.ToLowerInvariant(f);
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

        return builder.ToString();
    }
}
