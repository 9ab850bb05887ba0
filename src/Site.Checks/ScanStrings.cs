using System.Collections.Concurrent;

namespace Site.Checks;

/// <summary>
/// One copy of each string that page scans keep. A site's pages repeat the same URLs (navigation, categories, tags,
/// translations, assets) and ids by the hundred thousand; the scans of a whole site are kept until it is checked, so
/// sharing them keeps that memory near the number of distinct URLs rather than of links. Thread-safe.
/// </summary>
public sealed class ScanStrings
{
    // Most strings a page shares are on every page too (navigation, assets). A small table per thread finds them again
    // without a look-up in the dictionary of every distinct string: at 50,000 articles it no longer fits in the
    // processor's caches, and each look-up there waits for memory.
    private const int RecentSlots = 1024;

    private static int s_instances;

    [ThreadStatic]
    private static Recent? t_recent;

    // Told apart by number rather than by reference, so that a thread's table (at most RecentSlots strings) does not
    // keep a finished build's table of every string alive.
    private readonly int _instance = Interlocked.Increment(ref s_instances);
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

        var recent = t_recent ??= new Recent();
        if (recent.Owner != _instance)
        {
            recent.Restart(_instance);
        }

        ref var slot = ref recent.Slots[string.GetHashCode(value) & (RecentSlots - 1)];
        if (slot is not null && value.SequenceEqual(slot))
        {
            return slot;
        }

        return slot = _byText.TryGetValue(value, out string? shared) ? shared : Share(value.ToString());
    }

    /// <summary>The strings one thread shared last, each in the slot of its hash; they belong to one <see cref="ScanStrings"/>.</summary>
    private sealed class Recent
    {
        public int Owner { get; private set; }

        public string?[] Slots { get; } = new string?[RecentSlots];

        public void Restart(int owner)
        {
            Array.Clear(Slots);
            Owner = owner;
        }
    }
}
