namespace Site.Core.Diagnostics;

/// <summary>"Did you mean …?": the known word one or two edits away from a misspelt one (Damerau–Levenshtein distance).</summary>
public static class Suggestion
{
    /// <summary>
    /// The closest of <paramref name="known"/> to <paramref name="word"/>, ignoring case: at most one edit away for
    /// words of up to four letters, two for longer ones; null when none is that close. Ties go to the first in
    /// ordinal order, so the answer never depends on the order of a dictionary.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> known)
    {
        var limit = word.Length <= 4 ? 1 : 2;
        return known
            .Select(k => (Known: k, Distance: Distance(word.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(c => c.Distance > 0 && c.Distance <= limit || (c.Distance == 0 && !string.Equals(c.Known, word, StringComparison.Ordinal)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Known, StringComparer.Ordinal)
            .Select(c => c.Known)
            .FirstOrDefault();
    }

    /// <summary>Insertions, deletions, substitutions and swaps of two neighbouring letters (optimal string alignment).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
