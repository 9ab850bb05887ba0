using System.Runtime;

namespace Site.Preview.Rebuilding;

/// <summary>
/// Keeps garbage collections out of the time between a save and the reload. A rebuild leaves the previous site
/// model as garbage and the new one young; left to itself, the runtime collects in the middle of the next rebuild
/// and copies that model then (100–400 ms on a 5,000-article site). Instead, once the browsers have their page, the
/// session collects while nobody waits and reserves room for the next rebuild's allocations (a no-GC region), so
/// that the next rebuild runs without a collection.
/// </summary>
internal sealed class IdleCollector
{
    private const long MinimumRoom = 16L << 20;

    // Below this, a rebuild (an edit of an article's text: a few pages) leaves too little garbage to be worth a full
    // collection, which on a large site takes longer than the rebuild and would hold the next save back.
    private const long WorthCollecting = 64L << 20;

    // The runtime refuses larger no-GC regions on some configurations.
    private const long MaximumRoom = 240L << 20;

    // The no-GC region belongs to the process; sessions of the same process (tests) take turns.
    private static readonly Lock Region = new();

    private long _allocatedBefore;
    private long _room = 64L << 20;

    /// <summary>Whether the last <see cref="Collect"/> reserved room for the next rebuild.</summary>
    public bool Reserved { get; private set; }

    /// <summary>Whether the last rebuild allocated enough for a collection to be worth it before the next one.</summary>
    public bool ShouldCollect { get; private set; } = true;

    public void BeforeRebuild() => _allocatedBefore = GC.GetTotalAllocatedBytes();

    /// <summary>
    /// Sizes the next region from what this rebuild allocated. The region stays until the next collection: ending it
    /// now would make the runtime collect at once, while the browsers fetch the rebuilt page.
    /// </summary>
    public void AfterRebuild()
    {
        var allocated = GC.GetTotalAllocatedBytes() - _allocatedBefore;
        ShouldCollect = allocated >= WorthCollecting;
        _room = Math.Clamp(allocated * 2, MinimumRoom, MaximumRoom);
    }

    /// <summary>Gives the runtime back its usual collections (when the session stops).</summary>
    public void Release()
    {
        lock (Region)
        {
            EndRegion();
        }
    }

    /// <summary>Collects now, and reserves room for the next rebuild.</summary>
    public void Collect()
    {
        lock (Region)
        {
            EndRegion();
            GC.Collect();
            try
            {
                Reserved = GC.TryStartNoGCRegion(_room);
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
            {
                Reserved = false;
            }

        }
    }

    private static void EndRegion()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The region had already ended with a collection: nothing to undo.
        }
    }
}
