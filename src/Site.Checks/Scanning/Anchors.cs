using System.Collections.Frozen;

namespace Site.Checks.Scanning;

/// <summary>The ids a scan keeps, in a set no larger than they need (most pages define a handful, many none).</summary>
internal static class Anchors
{
    public static IReadOnlySet<string> None => FrozenSet<string>.Empty;

    public static IReadOnlySet<string> Compact(HashSet<string> anchors)
    {
        if (anchors.Count == 0)
        {
            return None;
        }

        anchors.TrimExcess();
        return anchors;
    }
}
