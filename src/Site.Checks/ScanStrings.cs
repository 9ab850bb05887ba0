using System.Collections.Concurrent;

namespace Site.Checks;

/// <summary>
/// One copy of each string that page scans keep. A site's pages repeat the same URLs (navigation, categories, tags,
/// translations, assets) and ids by the hundred thousand; the scans of a whole site are kept until it is checked, so
/// sharing them keeps that memory near the number of distinct URLs rather than of links. Thread-safe.
/// </summary>
public sealed class ScanStrings
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>How many distinct strings are shared.</summary>
    public int Count => _strings.Count;

    /// <summary>The shared copy of <paramref name="value"/> (equal to it).</summary>
    public string Share(string value) => value.Length == 0 ? string.Empty : _strings.GetOrAdd(value, value);
}
