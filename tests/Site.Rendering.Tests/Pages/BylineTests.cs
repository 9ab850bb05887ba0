using Site.Content.Config;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;
using Site.Rendering.I18n;
using Site.Rendering.Pages;
using Site.TestSupport;

namespace Site.Rendering.Tests.Pages;

/// <summary>Bylines as the theme's UI strings write them: date and time in the page's language and the site's zone, updates, reading time, authors.</summary>
public sealed class BylineTests
{
    private static readonly SiteConfig Config = SiteConfigLoader.Parse(
        TestSite.BilingualConfig + "\nauthors:\n  claire: { name: Claire Martel }\n  redaction: { name: { fr: La rédaction, en: The newsroom }, organization: true }\n",
        new DiagnosticBag())!;

    private static readonly IReadOnlyDictionary<string, UiStrings> Strings = UiStringsLoader.Load(RepositoryPaths.Theme, Config, new DiagnosticBag());

    [Theory]
    [InlineData("fr", "2022-02-24T11:00:00+01:00", "jeudi 24 février 2022 à 11\u00A0h\u00A000")]
    [InlineData("en", "2022-02-24T11:00:00+01:00", "Thursday 24 February 2022 at 11:00")]
    [InlineData("fr", "2022-02-24T23:30:00+00:00", "vendredi 25 février 2022 à 0\u00A0h\u00A030")]
    [InlineData("en", "2022-07-01T06:05:00Z", "Friday 1 July 2022 at 08:05")]
    public void WritesTheDateAndTimeInThePagesLanguageAndTheSitesTimeZone(string language, string date, string text)
    {
        var views = new EntryViews(Site(), Strings);

        var view = views.Date(DateTimeOffset.Parse(date), language);

        Assert.Equal(text, view.Text);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("2022-02-24T11:00:00+01:00", false)]
    [InlineData("2022-02-24T10:00:00Z", false)]
    [InlineData("2022-02-24T19:45:00+01:00", true)]
    public void SaysUpdatedOnlyWhenTheUpdateDiffersFromThePublication(string? updated, bool shown)
    {
        var published = Entry("fr", "Texte.");
        var entry = updated is null ? published : new Entry(published.Article with { Updated = DateTimeOffset.Parse(updated) }, published.Path, published.Body, null);

        var view = new EntryViews(Site(entry), Strings).Of(entry);

        Assert.Equal(shown, view.Updated is not null);
    }

    [Theory]
    [InlineData("fr", 1, "1\u00A0min de lecture")]
    [InlineData("en", 1, "1 min read")]
    [InlineData("fr", 1100, "5\u00A0min de lecture")]
    [InlineData("en", 1101, "6 min read")]
    public void GivesArticlesTheirReadingTime(string language, int words, string text)
    {
        var entry = Entry(language, string.Join(' ', Enumerable.Repeat("mot", words)));

        var view = new EntryViews(Site(entry), Strings).Of(entry);

        Assert.Equal(text, view.ReadingTime);
    }

    [Fact]
    public void LinksAPersonToTheirPageButNotAnOrganization()
    {
        var entry = Entry("en", "Text.", "claire", "redaction");

        var view = new EntryViews(Site(entry), Strings).Of(entry);

        Assert.Collection(
            view.Authors,
            claire => Assert.Equal(("Claire Martel", "/en/authors/claire/", "https://example.org/en/authors/claire/"), (claire.Name, claire.Url, claire.AbsoluteUrl)),
            newsroom => Assert.Equal(("The newsroom", null, true), (newsroom.Name, newsroom.Url, newsroom.IsOrganization)));
    }

    [Fact]
    public void NamesTheOtherLanguageInThePagesLanguage()
    {
        var views = new EntryViews(Site(), Strings);

        Assert.Equal(("Lire en anglais", "Read in French"), (views.ReadIn("fr", "en"), views.ReadIn("en", "fr")));
    }

    private static SiteModel Site(params Entry[] entries) =>
        SiteModel.Create(Config, entries, entries.Select(e => (IReadOnlyList<Entry>)[e]), new DiagnosticBag());

    private static Entry Entry(string language, string body, params string[] authors) => new(
        new Article
        {
            SourcePath = $"articles/2022/a.{language}.md",
            Kind = ContentKind.Article,
            Language = language,
            Name = "a",
            Title = "A",
            Date = DateTimeOffset.Parse("2022-02-24T11:00:00+01:00"),
            Slug = "a",
            Body = body,
            AuthorKeys = authors,
        },
        $"{language}/2022/02/a/",
        new RenderedBody("<p>web</p>", "<p>print</p>", "Résumé"),
        null);
}
