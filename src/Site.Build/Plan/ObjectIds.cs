using System.Runtime.CompilerServices;

namespace Site.Build.Plan;

/// <summary>
/// A number for each object, the same for as long as the object lives. Caches of a preview session hand back the
/// same objects for what did not change, so ids tell what changed without comparing contents.
/// </summary>
internal static class ObjectIds
{
    private static readonly ConditionalWeakTable<object, StrongBox<long>> Ids = [];
    private static long _next;

    public static long Of(object value) => Ids.GetValue(value, _ => new StrongBox<long>(Interlocked.Increment(ref _next))).Value;
}
