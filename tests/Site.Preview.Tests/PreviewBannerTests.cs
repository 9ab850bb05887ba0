using Site.Build;
using Site.TestSupport;

namespace Site.Preview.Tests;

/// <summary>Drafts and articles dated in the future say so in the preview, and only there: a build never shows it.</summary>
public sealed class PreviewBannerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private readonly TestSite _site = new();

    public PreviewBannerTests()
    {
        _site.Article("articles/2026/brouillon.fr.md", "Un brouillon", "2026-11-20T09:00:00+01:00", extra: "draft: true\n");
        _site.Article("articles/2026/demain.fr.md", "Pour demain", "2026-11-30T09:00:00+01:00");
        _site.Article("articles/2026/publie.fr.md", "Déjà publié", "2026-11-28T09:00:00+01:00");
        _site.Article("articles/2026/draft.en.md", "A draft", "2026-11-20T09:00:00+01:00", extra: "draft: true\n");
    }

    [Fact]
    public async Task GivenAPreviewWithDraftsAndFutureThenDraftAndScheduledPagesCarryTheirBannerAndPublishedOnesNone()
    {
        await using var preview = await PreviewSession.StartAsync(Options(), "127.0.0.1", 0, TextWriter.Null);

        var draft = _site.ReadOutput("fr/2026/11/brouillon/index.html");
        var scheduled = _site.ReadOutput("fr/2026/11/demain/index.html");
        var published = _site.ReadOutput("fr/2026/11/publie/index.html");
        Assert.Contains("class=\"preview-status preview-status-draft\"", draft, StringComparison.Ordinal);
        Assert.Contains("Brouillon", draft, StringComparison.Ordinal);
        Assert.Contains("class=\"preview-status preview-status-scheduled\"", scheduled, StringComparison.Ordinal);
        Assert.Contains("Programmé", scheduled, StringComparison.Ordinal);
        Assert.DoesNotContain("preview-status", published, StringComparison.Ordinal);
        Assert.Contains("Draft", _site.ReadOutput("en/2026/11/draft/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void GivenABuildWithDraftsAndFutureThenNoPageCarriesABanner()
    {
        var result = new SiteBuilder(TextWriter.Null).Build(Options());

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.True(_site.OutputExists("fr/2026/11/brouillon/index.html"));
        Assert.True(_site.OutputExists("fr/2026/11/demain/index.html"));
        var marked = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("preview-status", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(marked);
    }

    public void Dispose() => _site.Dispose();

    private BuildOptions Options() => new()
    {
        InputDirectory = _site.Input,
        ThemeDirectory = _site.Theme,
        OutputDirectory = _site.Output,
        Drafts = true,
        Future = true,
        Now = Now,
    };
}
