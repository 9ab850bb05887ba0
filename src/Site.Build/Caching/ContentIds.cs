using System.Collections.Concurrent;
using Site.Build.Plan;

namespace Site.Build.Caching;

/// <summary>
/// The content hashes (<see cref="ContentHash"/>) of a build's articles and rendered bodies, taken while the site is
/// assembled, when their texts are still in memory: once a build has moved the texts to its spill file, hashing an
/// article or a body would read every text back from the file (25,000 page fingerprints ask for them).
/// </summary>
internal sealed class ContentIds
{
    private readonly ConcurrentDictionary<object, Hash128> _ids = new(ReferenceEqualityComparer.Instance);

    /// <summary>Records <paramref name="value"/>'s hash as <paramref name="id"/>: taken from an object of equal content before it was stored.</summary>
    public void Keep(object value, Hash128 id) => _ids[value] = id;

    /// <summary>The hash recorded for the object, or its content hashed now.</summary>
    public Hash128 Of(object value) => _ids.TryGetValue(value, out var id) ? id : ContentHash.Of(value);
}
