using Site.Build.Assembly;
using Site.Build.Caching;
using Site.Build.Plan;
using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;
using Site.Core.Site;
using Site.Rendering.Search;
using Site.TestSupport;

namespace Site.Build.Tests.Caching;

/// <summary>A build holds the site model but no article's text: bodies and Markdown are read back from the spill file.</summary>
public sealed class BodySpillTests : IDisposable
{
    private readonly TestSite _site = Builds.Bilingual();
    private readonly string _temp = Directory.CreateTempSubdirectory("spill-").FullName;

    [Fact]
    public void AKeptBodyHoldsNoHtmlAndReadsTheSameBack()
    {
        using var spill = BodySpill.TryOpen(_temp)!;
        var body = new RenderedBody("<p>Élysée</p>", "<p>print</p>", "Résumé") { Pictures = ["/media/a.jpg"] };

        var kept = spill.Keep(body);

        Assert.False(kept.HoldsHtml);
        Assert.Equal("<p>Élysée</p>", kept.Html);
        Assert.Equal("<p>print</p>", kept.PrintHtml);
        Assert.Equal("Résumé", kept.Summary);
        Assert.Equal(["/media/a.jpg"], kept.Pictures);
        Assert.True(body.HoldsHtml);
    }

    [Fact]
    public void AFileClosedInTheBackgroundIsGoneOnceDisposedAndReadsNoMore()
    {
        var spill = BodySpill.TryOpen(_temp)!;
        var kept = spill.Keep(new RenderedBody("<p>a</p>", "<p>b</p>", "c"));

        spill.CloseInBackground();
        spill.Dispose();

        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
        Assert.Throws<ObjectDisposedException>(() => kept.Html);
    }

    [Fact]
    public void AKeptArticleHoldsNoMarkdownAndReadsTheSameBack()
    {
        using var spill = BodySpill.TryOpen(_temp)!;
        var article = new Article
        {
            SourcePath = "articles/x.fr.md",
            Kind = ContentKind.Article,
            Language = "fr",
            Name = "x",
            Title = "X",
            Date = DateTimeOffset.UnixEpoch,
            Slug = "x",
            Body = "Un « paragraphe ».\n",
        };

        spill.Keep(article);

        Assert.False(article.HoldsBody());
        Assert.Equal("Un « paragraphe ».\n", article.Body);
    }

    [Fact]
    public void TextsWrittenFromManyThreadsComeBackWhole()
    {
        using var spill = BodySpill.TryOpen(_temp)!;
        var bodies = Enumerable.Range(0, 500).Select(i => new RenderedBody(new string('é', i * 37), $"<p>{i}</p>", i.ToString())).ToArray();

        var kept = bodies.AsParallel().Select(spill.Keep).ToArray();

        for (var i = 0; i < bodies.Length; i++)
        {
            Assert.Equal(bodies[i].Html, kept[i].Html);
            Assert.Equal(bodies[i].PrintHtml, kept[i].PrintHtml);
        }
    }

    [Fact]
    public void TheFileIsGoneWhenTheSpillIsClosed()
    {
        var spill = BodySpill.TryOpen(_temp)!;
        spill.Keep(new RenderedBody("<p>a</p>", "<p>b</p>", "c"));

        spill.Dispose();

        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
    }

    [Fact]
    public void ACompactedSpillKeepsOnlyTheTextsStillInUseAndReadsThemTheSame()
    {
        using var spill = BodySpill.TryOpen(_temp, compactable: true)!;
        var kept = Enumerable.Range(0, 10).Select(i => spill.Keep(new RenderedBody($"<p>gardé {i} é</p>", $"<p>print {i}</p>", "s"))).ToList();
        WriteAndDrop(spill, 200);
        var before = spill.Length;
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.True(spill.Compact(atLeast: 0));

        Assert.True(spill.Length < before / 10);
        for (var i = 0; i < kept.Count; i++)
        {
            Assert.Equal($"<p>gardé {i} é</p>", kept[i].Html);
            Assert.Equal($"<p>print {i}</p>", kept[i].PrintHtml);
        }

        // Texts written after the move are read back too, and a second move keeps all of them.
        var later = spill.Keep(new RenderedBody("<p>après</p>", "<p>p</p>", "s"));
        WriteAndDrop(spill, 200);
        GC.Collect();
        Assert.True(spill.Compact(atLeast: 0));
        Assert.Equal("<p>après</p>", later.Html);
        Assert.Equal("<p>gardé 9 é</p>", kept[9].Html);
    }

    [Fact]
    public void ASpillWhoseTextsAreMostlyInUseIsNotMoved()
    {
        using var spill = BodySpill.TryOpen(_temp, compactable: true)!;
        var kept = Enumerable.Range(0, 10).Select(i => spill.Keep(new RenderedBody($"<p>{i}</p>", "<p>p</p>", "s"))).ToList();
        var before = spill.Length;

        using var plain = BodySpill.TryOpen(_temp)!;
        plain.Keep(new RenderedBody("<p>a</p>", "<p>b</p>", "c"));

        Assert.False(spill.Compact(atLeast: 0));
        Assert.False(plain.Compact(atLeast: 0));

        Assert.Equal(before, spill.Length);
        Assert.Equal("<p>3</p>", kept[3].Html);
    }

    [Fact]
    public void AFolderThatCannotHoldTheFileLeavesTheBodiesInMemory() =>
        Assert.Null(BodySpill.TryOpen(Path.Combine(_temp, "missing", "folder")));

    [Fact]
    public void AnAssembledSiteHoldsNoTextAndItsPagesAreTheSame()
    {
        using var spill = BodySpill.TryOpen(_temp)!;
        var held = Assemble(spill: null);
        var streamed = Assemble(spill);

        Assert.All(streamed.Entries, e => Assert.False(e.Body.HoldsHtml));
        Assert.All(streamed.Entries, e => Assert.False(e.Article.HoldsBody()));
        Assert.All(held.Entries, e => Assert.True(e.Body.HoldsHtml));
        Assert.Equal(Pages(held), Pages(streamed));
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_temp, recursive: true);
    }

    // In a method of its own, so that nothing of what it wrote stays reachable from the caller's frame.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void WriteAndDrop(BodySpill spill, int count)
    {
        for (var i = 0; i < count; i++)
        {
            spill.Keep(new RenderedBody(new string('x', 500), new string('y', 500), "s"));
        }
    }

    private BuildOptions Options => new()
    {
        InputDirectory = _site.Input,
        ThemeDirectory = _site.Theme,
        OutputDirectory = _site.Output,
        Now = Builds.Now,
    };

    private SiteModel Assemble(BodySpill? spill)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteSources.Config(Options, session: null, changes: null, diagnostics)!;
        var theme = SiteSources.Theme(Options, config, session: null, changes: null, diagnostics);
        var articles = SiteSources.Content(Options, config, session: null, changes: null, diagnostics, out _);
        var images = new ImageSizes(InputLayout.MediaPath(Options.InputDirectory));
        var site = SiteAssembler.Assemble(config, articles, images, SiteBuilder.LabelsOf(theme), diagnostics, cache: null, store: null, out _, spill);
        Assert.False(diagnostics.HasErrors);
        return site!;
    }

    /// <summary>Every text page the site plans, rendered: destination → content.</summary>
    private Dictionary<string, string> Pages(SiteModel site)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteSources.Config(Options, session: null, changes: null, diagnostics)!;
        var theme = SiteSources.Theme(Options, config, session: null, changes: null, diagnostics);
        var images = new ImageSizes(InputLayout.MediaPath(Options.InputDirectory));
        var plan = SiteBuilder.Plan(site, theme, images, Options, SearchMode.Off, diagnostics, CancellationToken.None)!;
        return plan.Pages
            .Where(p => p.Content is TextContent)
            .ToDictionary(p => p.Destination, p => ((TextContent)p.Content).Render(), StringComparer.Ordinal);
    }
}
