using System.Runtime;
using Site.Preview.Rebuilding;

namespace Site.Preview.Tests;

// The no-GC region belongs to the whole process: these tests run alone.
[Collection(nameof(IdleCollectorTests))]
[CollectionDefinition(nameof(IdleCollectorTests), DisableParallelization = true)]
public sealed class IdleCollectorTests
{
    [Fact]
    public void ACollectionReservesRoomUntilTheSessionReleasesIt()
    {
        var collector = new IdleCollector();
        collector.BeforeRebuild();
        _ = new byte[1 << 20];
        collector.AfterRebuild();

        collector.Collect();
        try
        {
            Assert.True(collector.Reserved);
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
        finally
        {
            collector.Release();
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void NoCollectionRunsDuringARebuildThatFitsTheRoom()
    {
        var collector = new IdleCollector();
        collector.BeforeRebuild();
        Allocate(4 << 20);
        collector.AfterRebuild();

        collector.Collect();
        try
        {
            var collections = GC.CollectionCount(0);
            collector.BeforeRebuild();
            Allocate(4 << 20);
            collector.AfterRebuild();

            Assert.Equal(collections, GC.CollectionCount(0));
        }
        finally
        {
            collector.Release();
        }
    }

    [Fact]
    public void CollectingTwiceInARowIsHarmless()
    {
        var collector = new IdleCollector();

        collector.Collect();
        collector.Collect();
        collector.Release();
        collector.Release();

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    // Many small objects, as a rebuild makes, kept alive until the end.
    private static void Allocate(int bytes)
    {
        var kept = new List<byte[]>();
        for (var total = 0; total < bytes; total += 1024)
        {
            kept.Add(new byte[1000]);
        }

        GC.KeepAlive(kept);
    }
}
