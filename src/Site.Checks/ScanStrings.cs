using System.Collections.Concurrent;

namespace Site.Checks;

/// <summary>
/// One copy of each string that page scans keep. A site's pages repeat the same URLs (navigation, categories, tags,
/// translations, assets) and ids by the hundred thousand; the scans of a whole site are kept until it is checked, so
/// sharing them keeps that memory near the number of distinct URLs rather than of links. Thread-safe.
/// </summary>
public sealed class ScanStrings
{
    private readonly ConcurrentDictionary<string, string> _strings;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byText;

    public ScanStrings()
    {
        _strings = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        _byText = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many distinct strings are shared.</summary>
    public int Count => _strings.Count;

    /// <summary>The shared copy of <paramref name="value"/> (equal to it).</summary>
    public string Share(string value) => value.Length == 0 ? string.Empty : _strings.GetOrAdd(value, value);

    /// <summary>The shared copy of <paramref name="value"/>; a string is made only for text not shared yet.</summary>
    public string Share(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        return _byText.TryGetValue(value, out string? shared) ? shared : Share(value.ToString());
    }
}
