using Site.Content.Config;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;
using Site.Rendering.I18n;
using Site.Rendering.Pages;
using Site.TestSupport;

namespace Site.Rendering.Tests.Pages;

/// <summary>Entry views are kept for the whole build, so they hold no body: a page that prints one asks for it.</summary>
public sealed class EntryViewBodyTests
{
    private static readonly SiteConfig Config = SiteConfigLoader.Parse(TestSite.BilingualConfig, new DiagnosticBag())!;

    private static readonly IReadOnlyDictionary<string, UiStrings> Strings = UiStringsLoader.Load(RepositoryPaths.Theme, Config, new DiagnosticBag());

    [Fact]
    public void TheKeptViewHasNoBodyAndPagesGetTheirsFromTheEntry()
    {
        var stored = new CountingText("<p>web</p>");
        var entry = Entry(new RenderedBody("<p>held</p>", "<p>print</p>", "Résumé").StoredIn(stored, new CountingText("<p>print</p>")));
        var views = new EntryViews(SiteModel.Create(Config, [entry], [[entry]], new DiagnosticBag()), Strings);

        var listed = views.Of(entry);
        Assert.Equal(0, stored.Reads);
        var page = views.WithBody(entry);
        var print = views.WithPrintBody(entry);

        Assert.Equal(string.Empty, listed.Body);
        Assert.Equal(string.Empty, listed.PrintBody);
        Assert.Equal("Résumé", listed.Summary);
        Assert.Equal("<p>web</p>", page.Body);
        Assert.Equal("<p>print</p>", print.PrintBody);
        Assert.Equal(1, stored.Reads);
        Assert.Equal(string.Empty, views.Of(entry).Body);
    }

    private static Entry Entry(RenderedBody body) => new(
        new Article
        {
            SourcePath = "articles/2022/a.fr.md",
            Kind = ContentKind.Article,
            Language = "fr",
            Name = "a",
            Title = "A",
            Date = DateTimeOffset.Parse("2022-02-24T11:00:00+01:00"),
            Slug = "a",
            Body = "Un paragraphe.\n",
        },
        "fr/2022/02/a/",
        body,
        null);

    private sealed class CountingText(string text) : IStoredText
    {
        public int Reads { get; private set; }

        public string Read()
        {
            Reads++;
            return text;
        }
    }
}
