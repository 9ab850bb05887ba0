namespace Site.Build.Tests;

/// <summary>What a preview's watcher reports, as the next build sees it.</summary>
public sealed class BuildSessionTests
{
    private const string Input = "/site/input";

    [Fact]
    public void WithoutTrackingEveryBuildLooksAtEverything()
    {
        var session = new BuildSession();
        session.NoteChanged("/site/input/articles/2021/a.fr.md");

        Assert.Null(session.TakeChanges(Input));
        Assert.Null(session.TakeChanges(Input));
    }

    [Fact]
    public void TheFirstTrackedBuildLooksAtEverythingAndTheNextOnesAtWhatWasReported()
    {
        var session = new BuildSession();
        session.TrackChanges();
        session.NoteChanged("/site/input/articles/2021/a.fr.md");

        Assert.Null(session.TakeChanges(Input));
        session.NoteChanged("/site/input/articles/2021/b.fr.md");
        Assert.Equal(["articles/2021/b.fr.md"], session.TakeChanges(Input));
        Assert.Equal([], session.TakeChanges(Input));
    }

    [Fact]
    public void LostEventsMakeOneBuildLookAtEverythingThenReportsCountAgain()
    {
        var session = new BuildSession();
        session.TrackChanges();
        session.TakeChanges(Input);

        session.NoteChanged("/site/input/articles/2021/a.fr.md");
        session.NoteUnknownChanges();
        session.NoteChanged("/site/input/articles/2021/b.fr.md");

        Assert.Null(session.TakeChanges(Input));
        session.NoteChanged("/site/input/articles/2021/c.fr.md");
        Assert.Equal(["articles/2021/c.fr.md"], session.TakeChanges(Input));
    }

    [Fact]
    public void ReportsOutsideTheInputAreLeftOut()
    {
        var session = new BuildSession();
        session.TrackChanges();
        session.TakeChanges(Input);

        session.NoteChanged("/site/theme/layouts/base.liquid");
        session.NoteChanged("/site/input/site.yml");
        session.NoteChanged("/site/input-old/articles/a.fr.md");

        Assert.Equal(["site.yml"], session.TakeChanges(Input));
    }
}
