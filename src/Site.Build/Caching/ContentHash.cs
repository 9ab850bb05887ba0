using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Site.Build.Plan;

namespace Site.Build.Caching;

/// <summary>
/// Hashes what an object holds (its public properties, recursively; texts, numbers, dates, lists and dictionaries
/// as such), so that two builds in two processes give an article or a rendered body the same hash when they hold the
/// same values. Reading the properties by reflection means that a property added to the model later is hashed too,
/// without anyone having to remember this class.
/// </summary>
internal static class ContentHash
{
    // Deep enough for the model's records (an article's aliases and their locations); a deeper graph is a bug.
    private const int MaximumDepth = 12;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static Hash128 Of(object? value)
    {
        var hash = new FingerprintBuilder();
        Add(hash, value, 0);
        return hash.ToFingerprint().Value;
    }

    public static void Add(FingerprintBuilder hash, object? value, int depth)
    {
        if (depth > MaximumDepth)
        {
            throw new InvalidOperationException($"{value?.GetType()} is nested too deeply to be hashed by its content");
        }

        switch (value)
        {
            case null:
                hash.Add(-1);
                return;
            case string text:
                hash.Add(text);
                return;
            case bool or char or byte or sbyte or short or ushort or int or uint or long or ulong or Enum:
                hash.Add(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return;
            case double or float or decimal:
                hash.Add(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case DateTimeOffset date:
                hash.Add(date.UtcTicks).Add(date.Offset.Ticks);
                return;
            case DateTime time:
                hash.Add(time.Ticks).Add((long)time.Kind);
                return;
            case TimeSpan span:
                hash.Add(span.Ticks);
                return;
            case Uri uri:
                hash.Add(uri.OriginalString);
                return;
            case CultureInfo culture:
                hash.Add(culture.Name);
                return;
            case TimeZoneInfo zone:
                hash.Add(zone.ToSerializedString());
                return;
            case IEnumerable items:
                var count = 0;
                foreach (var item in items)
                {
                    Add(hash, item, depth + 1);
                    count++;
                }

                hash.Add(count);
                return;
        }

        var type = value.GetType();
        hash.Add(type.FullName);
        foreach (var property in Properties.GetOrAdd(type, PropertiesOf))
        {
            Add(hash, property.GetValue(value), depth + 1);
        }
    }

    /// <summary>
    /// Readable public instance properties (indexers left out), by name. Not by declaration order: a natively compiled
    /// command keeps no metadata tokens, and the order must be the same in every build of ours.
    /// </summary>
    private static PropertyInfo[] PropertiesOf(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ThenBy(p => p.DeclaringType?.FullName, StringComparer.Ordinal)
        .ToArray();
}
