using System.Reflection;
using Site.Build.Plan;
using Site.Checks;

namespace Site.Build.Caching;

/// <summary>
/// What the relations between pages read of a page's head, hashed by content with some of its properties left out:
/// a rebuilt page whose hash is the one it had relates to the other pages as it did.
/// </summary>
internal static class HeadFacts
{
    // By reflection: a fact added to PageHead later is compared too, without anyone having to remember this class.
    private static readonly PropertyInfo[] Properties = [.. typeof(PageHead).GetProperties().Where(p => p.GetIndexParameters().Length == 0)];

    /// <param name="leftOut">The names of the properties not hashed (<c>nameof(PageHead.Description)</c>…).</param>
    public static Hash128 Without(PageHead? head, params string[] leftOut)
    {
        var hash = new FingerprintBuilder();
        ContentHash.Add(hash, head is null ? 0 : 1, 0);
        foreach (var property in head is null ? [] : Properties.Where(p => !leftOut.Contains(p.Name)))
        {
            ContentHash.Add(hash, property.GetValue(head), 1);
        }

        return hash.ToFingerprint().Value;
    }
}
