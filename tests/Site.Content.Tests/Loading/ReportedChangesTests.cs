using Site.Content.Loading;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.TestSupport;

namespace Site.Content.Tests.Loading;

/// <summary>A preview reports which files its watcher saw change; the others are taken from the cache as they were.</summary>
public sealed class ReportedChangesTests : IDisposable
{
    private static readonly PublishFilter Everything = new(Drafts: true, Future: true, Now: DateTimeOffset.Parse("2026-01-01T00:00:00Z"));

    private readonly TestSite _site = new();
    private readonly ContentCache _cache = new();

    public ReportedChangesTests()
    {
        _site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00");
        _site.Article("articles/2020/vaccins.fr.md", "Les vaccins", "2020-12-10T09:00:00+01:00");
        Load(changed: null);
    }

    [Fact]
    public void AReportedEditIsReadAgain()
    {
        _site.Article("articles/2021/sommet.fr.md", "Le grand sommet", "2021-06-16T18:00:00+02:00");

        var articles = Load(["articles/2021/sommet.fr.md"]);

        Assert.Contains(articles, a => a.Title == "Le grand sommet");
        Assert.Equal(1, _cache.Parsed);
    }

    [Fact]
    public void AFileNotReportedIsTakenAsItWas()
    {
        _site.Article("articles/2021/sommet.fr.md", "Le grand sommet", "2021-06-16T18:00:00+02:00");

        var articles = Load([]);

        Assert.Contains(articles, a => a.Title == "Le sommet");
        Assert.Equal(0, _cache.Parsed);
    }

    [Fact]
    public void UnknownChangesLookAtEveryFile()
    {
        _site.Article("articles/2021/sommet.fr.md", "Le grand sommet", "2021-06-16T18:00:00+02:00");
        File.SetLastWriteTimeUtc(Path.Combine(_site.Input, "articles/2021/sommet.fr.md"), DateTime.UtcNow.AddMinutes(5));

        var articles = Load(changed: null);

        Assert.Contains(articles, a => a.Title == "Le grand sommet");
    }

    [Fact]
    public void AReportedNewFileIsAddedInPathOrder()
    {
        _site.Article("articles/2020/zz-dernier.fr.md", "Le dernier", "2020-01-01T09:00:00+01:00");
        _site.Article("articles/2020/aa-premier.fr.md", "Le premier", "2020-01-02T09:00:00+01:00");

        var articles = Load(["articles/2020/zz-dernier.fr.md", "articles/2020/aa-premier.fr.md"]);

        Assert.Equal(
            ["articles/2020/aa-premier.fr.md", "articles/2020/vaccins.fr.md", "articles/2020/zz-dernier.fr.md", "articles/2021/sommet.fr.md"],
            articles.Select(a => a.SourcePath));
    }

    [Fact]
    public void AReportedDeletionTakesTheArticleAway()
    {
        File.Delete(Path.Combine(_site.Input, "articles/2020/vaccins.fr.md"));

        var articles = Load(["articles/2020/vaccins.fr.md"]);

        Assert.Equal(["articles/2021/sommet.fr.md"], articles.Select(a => a.SourcePath));
    }

    [Fact]
    public void AReportedFolderMakesTheLoaderListEverything()
    {
        // Only the folder was reported (a folder moved in whole): the file inside it is found all the same.
        _site.Article("articles/2019/archives/ancien.fr.md", "Un ancien article", "2019-01-10T09:00:00+01:00");

        var articles = Load(["articles/2019"]);

        Assert.Contains(articles, a => a.SourcePath == "articles/2019/archives/ancien.fr.md");
    }

    [Fact]
    public void ReportsOutsideTheContentFoldersChangeNothing()
    {
        var articles = Load(["media/carte.png", "site.yml.swp", "articles/2021/notes.txt"]);

        Assert.Equal(2, articles.Count);
        Assert.Equal(0, _cache.Parsed);
    }

    [Fact]
    public void AnotherConfigurationLooksAtEveryFile()
    {
        _site.Article("articles/2021/sommet.fr.md", "Le grand sommet", "2021-06-16T18:00:00+02:00");
        File.SetLastWriteTimeUtc(Path.Combine(_site.Input, "articles/2021/sommet.fr.md"), DateTime.UtcNow.AddMinutes(5));
        var other = TestConfig.Bilingual with { PageSize = 3 };

        var articles = ContentLoader.Load(_site.Input, other, Everything, new DiagnosticBag(), _cache, changed: []);

        Assert.Contains(articles, a => a.Title == "Le grand sommet");
    }

    public void Dispose() => _site.Dispose();

    private IReadOnlyList<Article> Load(IReadOnlyCollection<string>? changed)
    {
        var diagnostics = new DiagnosticBag();
        var articles = ContentLoader.Load(_site.Input, TestConfig.Bilingual, Everything, diagnostics, _cache, changed);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedList()));
        return articles;
    }
}
