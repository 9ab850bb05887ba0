using System.Runtime;

namespace Site.Build;

/// <summary>
/// Room on the heap for a build that starts from an earlier build's output and finds only a few texts changed (a
/// no-GC region). Such a build allocates in proportion to the site's pages (their fingerprints, the manifest and
/// scans of the last build), and the runtime, which starts a process with small budgets, would collect the whole heap
/// three or four times on the way: at 5,000 articles a one-edit build paused 0.2–0.3 s of its 1.5 s
/// (docs/performance.md, ninth pass). With the room reserved once the input is listed, it does not collect at all;
/// the memory it would have reused is new pages instead.
/// </summary>
/// <remarks>
/// The region belongs to the process, so only a process that runs one build (<c>site build</c>) asks for it
/// (<see cref="BuildOptions.ReserveHeap"/>). A build that makes most pages again (<c>site.yml</c>, the theme, many
/// texts changed) asks for none: a region it would fill before its first collection raised its peak by a third. One
/// that allocates more than its room ends the region with an ordinary collection; a site too large for the room asks
/// for none, since ending a large region costs more than the collections it saved.
/// </remarks>
internal static class HeapReservation
{
    // Measured at 5,000 articles (25,172 pages, a 5.3 MB manifest): a one-edit build allocates 470–500 MB, the
    // manifest's reading included. The manifest grows with the pages, and is the one size known before it is read.
    private const long BytesPerManifestByte = 100;

    private const long MinimumRoom = 64L << 20;

    // Above this (about 50,000 pages), the memory a region holds would grow the build's peak more than it saves time.
    private const long MaximumRoom = 1L << 30;

    private static readonly Lock Region = new();

    /// <summary>The room for a build starting from a manifest of <paramref name="manifestLength"/> bytes; null when the site is too large for one.</summary>
    public static long? RoomFor(long manifestLength)
    {
        var room = Math.Max(MinimumRoom, manifestLength * BytesPerManifestByte);
        return room <= MaximumRoom ? room : null;
    }

    /// <summary>Reserves the room for a build starting from a manifest of <paramref name="manifestLength"/> bytes; false when none was reserved.</summary>
    public static bool TryReserve(long manifestLength)
    {
        if (RoomFor(manifestLength) is not { } room)
        {
            return false;
        }

        lock (Region)
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                return false;
            }

            try
            {
                return GC.TryStartNoGCRegion(room);
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
            {
                // The runtime's configuration refuses a region this large (the workstation collector's limit is lower).
                return false;
            }
        }
    }
}
