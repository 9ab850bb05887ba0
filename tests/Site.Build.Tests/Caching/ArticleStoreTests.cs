using System.Reflection;
using Site.Build.Caching;
using Site.Content.Config;
using Site.Content.Loading;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.TestSupport;

namespace Site.Build.Tests.Caching;

/// <summary>Parsed articles kept in the build cache: found again only for the same text and configuration, whole.</summary>
public sealed class ArticleStoreTests : IDisposable
{
    private const string Text = "---\ntitle: Sommet\n---\nUn paragraphe.\n";

    // A page: an article's kind is the enumeration's default, which the test below would not see kept.
    private static readonly ContentSource Source = new("pages/sommet.fr.md", ContentKind.Page);

    private readonly string _cache = Directory.CreateTempSubdirectory("articles-").FullName;

    private static SiteConfig Config => SiteConfigLoader.Parse(TestSite.BilingualConfig, new DiagnosticBag())!;

    [Fact]
    public void AKeptArticleComesBackWithEveryProperty()
    {
        var article = Full();
        Assert.All(typeof(Article).GetProperties(BindingFlags.Public | BindingFlags.Instance), property =>
            Assert.False(IsDefault(property.GetValue(article)), $"the test's article leaves {property.Name} at its default: give it a value, and make ArticleCodec keep it"));
        var store = ArticleStore.Open(_cache, Config);
        store.Keep(Source, Text, article);
        store.Save();

        var found = ArticleStore.Open(_cache, Config).Find(Source, Text);

        Assert.NotNull(found);
        Assert.Equal(ContentHash.Of(article), ContentHash.Of(found));
    }

    [Fact]
    public void AnotherTextOrConfigurationFindsNothing()
    {
        var store = ArticleStore.Open(_cache, Config);
        store.Keep(Source, Text, Full());
        store.Save();

        Assert.Null(ArticleStore.Open(_cache, Config).Find(Source, Text.Replace("Sommet", "Sommets", StringComparison.Ordinal)));
        Assert.Null(ArticleStore.Open(_cache, Config with { PageSize = 3 }).Find(Source, Text));
        Assert.Null(ArticleStore.Open(_cache, Config).Find(Source with { Path = "articles/2021/autre.fr.md" }, Text));
        Assert.NotNull(ArticleStore.Open(_cache, Config).Find(Source, Text));
    }

    [Fact]
    public void ADamagedFileIsIgnored()
    {
        var store = ArticleStore.Open(_cache, Config);
        store.Keep(Source, Text, Full());
        store.Save();
        var file = Path.Combine(_cache, "articles", "parsed");
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(file, bytes);

        Assert.Null(ArticleStore.Open(_cache, Config).Find(Source, Text));
    }

    [Fact]
    public void ABuildParsesOnlyTheEditedFile()
    {
        using var site = Builds.Bilingual();
        var cache = Path.Combine(site.Root, ".site-cache");
        Build(site, cache);
        site.Article("articles/2021/poutine.fr.md", "Poutine à Genève, suite", "2021-06-16T18:00:00+02:00", body: "Autre texte.\n");

        var store = ArticleStore.Open(cache, SiteConfigLoader.Load(site.Input, new DiagnosticBag())!);
        var loaded = ContentLoader.Load(site.Input, SiteConfigLoader.Load(site.Input, new DiagnosticBag())!, new PublishFilter(true, true, Builds.Now), new DiagnosticBag(), parsed: store);

        Assert.Equal(loaded.Count - 1, store.Found);
        Assert.Equal("Poutine à Genève, suite", loaded.Single(a => a.SourcePath == "articles/2021/poutine.fr.md").Title);
    }

    [Fact]
    public void AFileWithTheStampItWasReadWithIsNotReadAgainAndItsMarkdownOnlyIfItStillHoldsThatText()
    {
        var input = Path.Combine(_cache, "input");
        var file = Path.Combine(input, Source.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, Text);
        var written = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(file, written);
        var stamp = new FileStamp(new FileInfo(file).Length, written.Ticks);
        FileStamp? Trusted(string path) => path == Source.Path ? stamp : null;
        var store = ArticleStore.Open(_cache, Config, input, Trusted);
        store.Keep(Source, Text, Full());
        store.Save();

        var again = ArticleStore.Open(_cache, Config, input, Trusted);
        var found = again.FindUnread(Source);

        Assert.NotNull(found);
        Assert.Equal(1, again.Unread);
        Assert.False(found.HoldsBody());
        Assert.NotNull(again.IdsOf(found));
        Assert.Equal(ContentHash.Of(Full()), ContentHash.Of(found));
        Assert.Null(ArticleStore.Open(_cache, Config, input, _ => null).FindUnread(Source));
        Assert.Null(ArticleStore.Open(_cache, Config, input, path => stamp with { Size = stamp.Size + 1 }).FindUnread(Source));

        // An edit that keeps the size and time: the file is not read, but its Markdown, once asked for, is refused,
        // and no stamp is trusted any more.
        File.WriteAllText(file, Text.Replace("paragraphe", "paragraphx", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, written);
        var edited = ArticleStore.Open(_cache, Config, input, Trusted).FindUnread(Source);
        Assert.NotNull(edited);
        Assert.Equal("Sommet", edited.Title);
        Assert.Throws<SourceChangedException>(() => edited.Body);
        Assert.Null(ArticleStore.Open(_cache, Config, input, Trusted).FindUnread(Source));
    }

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    private static void Build(TestSite site, string cache) =>
        Assert.Equal(BuildOutcome.Success, new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = site.Theme,
            OutputDirectory = site.Output,
            CacheDirectory = cache,
            Now = Builds.Now,
        }).Outcome);

    private static bool IsDefault(object? value) => value switch
    {
        null => true,
        string text => text.Length == 0,
        bool flag => !flag,
        int number => number == 0,
        System.Collections.IEnumerable items => !items.Cast<object>().Any(),
        _ => value.Equals(Activator.CreateInstance(value.GetType())),
    };

    /// <summary>An article with every property set to something other than its default.</summary>
    private static Article Full() => new()
    {
        SourcePath = Source.Path,
        Kind = ContentKind.Page,
        Language = "fr",
        Name = "sommet",
        Title = "Sommet",
        Date = new DateTimeOffset(2021, 6, 16, 18, 0, 0, TimeSpan.FromHours(2)),
        Updated = new DateTimeOffset(2021, 6, 17, 9, 30, 0, TimeSpan.FromHours(2)),
        CategoryKey = "monde",
        Tags = ["Europe", "Énergie"],
        TagLocations = [new SourceLocation(Source.Path, 4, 8), new SourceLocation("ailleurs.md", 5, 8)],
        Summary = "Résumé",
        Image = "/media/carte.png",
        ImageAlt = "Une carte",
        ImageCaption = "Légende",
        ImageCredit = "Crédit",
        Author = "Élise Durand",
        AuthorKeys = ["elise"],
        Footer = true,
        Featured = true,
        Slug = "sommet-geneve",
        TranslationKey = "sommet",
        Draft = true,
        Aliases = [new Alias("fr/ancien/", new SourceLocation(Source.Path, 9, 3))],
        Body = "Un paragraphe.\n",
        BodyLine = 4,
        KeyLocations = new Dictionary<FrontMatterKey, SourceLocation> { [FrontMatterKey.Title] = new(Source.Path, 2, 1), [FrontMatterKey.Slug] = new(Source.Path, 3, 1) },
    };
}
