using System.Runtime;
using Site.TestSupport;

namespace Site.Build.Tests.Incremental;

/// <summary>
/// <c>site build</c> reserves room on the heap for a build that starts from an earlier build's output, sized by the
/// size of that output's manifest, and only when a few texts changed: a first build, a build with nothing changed and
/// one after an edit of site.yml reserve nothing, and a process that runs builds side by side does not ask.
/// </summary>
public sealed class HeapReservationTests
{
    [Fact]
    public void GivenTheSizeOfTheLastManifestThenTheRoomGrowsWithItUpToALimitAboveWhichNoneIsReserved()
    {
        Assert.Equal(64L << 20, HeapReservation.RoomFor(10_000));
        Assert.Equal(530_000_000L, HeapReservation.RoomFor(5_300_000));
        Assert.True(HeapReservation.RoomFor(8_000_000) < HeapReservation.RoomFor(10_000_000));
        Assert.Null(HeapReservation.RoomFor(11_000_000));
        Assert.Null(HeapReservation.RoomFor(54_000_000));
    }

    [Fact]
    public void GivenABuildThatStartsFromTheLastOutputWhenItMayReserveThenItReservesAndItsOutputIsACleanBuildOnes()
    {
        using var site = IncrementalBuildCountTests.Site();
        try
        {
            var first = Build(site, reserve: true);
            Assert.Equal(BuildOutcome.Success, first.Outcome);
            Assert.False(first.HeapReserved);

            var unchanged = Build(site, reserve: true);
            Assert.False(unchanged.HeapReserved);
            Assert.Equal(0, unchanged.FilesWritten);

            var notAsked = BuildAfterRetitling(site, "Sujet 3, modifié", reserve: false);
            Assert.Equal(BuildOutcome.Success, notAsked.Outcome);
            Assert.False(notAsked.HeapReserved);

            var reserved = BuildAfterRetitling(site, "Sujet 3, modifié deux fois", reserve: true);

            Assert.Equal(BuildOutcome.Success, reserved.Outcome);
            Assert.True(reserved.HeapReserved);
            Assert.Equal(IncrementalBuildEquivalenceTests.ColdOutput(site), site.OutputHashes());

            // site.yml makes every page again: no room is reserved for that.
            File.AppendAllText(Path.Combine(site.Input, "site.yml"), "\n# edited\n");
            IncrementalBuildCountTests.Age(site);
            EndRegion();
            var everything = Build(site, reserve: true);

            Assert.Equal(BuildOutcome.Success, everything.Outcome);
            Assert.False(everything.HeapReserved);
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
        finally
        {
            // The region belongs to the test process: the other tests get their collections back.
            EndRegion();
        }
    }

    /// <summary>A build after one article's title changed, with no region left open by an earlier build.</summary>
    private static BuildResult BuildAfterRetitling(TestSite site, string title, bool reserve)
    {
        site.Article("articles/2022/sujet-3.fr.md", title, "2022-04-13T09:00:00+01:00", extra: "tags: [Europe, Thème 3]\n");
        IncrementalBuildCountTests.Age(site);
        EndRegion();
        return Build(site, reserve);
    }

    private static BuildResult Build(TestSite site, bool reserve) =>
        new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = site.Theme,
            OutputDirectory = Path.Combine(site.Root, "output"),
            CacheDirectory = Path.Combine(site.Root, ".site-cache"),
            Now = Builds.Now,
            ReserveHeap = reserve,
        });

    private static void EndRegion()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // A collection ended it already.
            }
        }
    }
}
