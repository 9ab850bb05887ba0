using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;
using Site.Core.Navigation;
using Site.Core.Slugs;
using Site.Core.Taxonomies;
using Site.Core.Urls;

namespace Site.Core.Site;

/// <summary>The whole published site: entries per language, their translations, categories and tags, with lookups made once.</summary>
public sealed class SiteModel
{
    private readonly Dictionary<string, IReadOnlyList<Entry>> _articles = [];
    private readonly Dictionary<string, IReadOnlyList<Entry>> _pages = [];
    private readonly Dictionary<string, IReadOnlyList<Tag>> _tags = [];
    private readonly Dictionary<(string Language, string Slug), Tag> _tagsBySlug = [];
    private readonly Dictionary<string, IReadOnlyList<CategoryListing>> _categories = [];
    private readonly Dictionary<(string Language, string Key), CategoryListing> _categoriesByKey = [];
    private readonly Dictionary<Entry, CategoryListing> _entryCategories = [];
    private readonly Dictionary<Entry, IReadOnlyList<Entry>> _translations = [];
    private readonly Dictionary<(string Language, string Slug), Dictionary<string, string>> _tagPairs = [];
    private readonly Dictionary<Entry, IReadOnlyList<string>> _entryTagSlugs = [];
    private readonly Dictionary<Entry, IReadOnlyList<Tag>> _entryTags = [];
    private readonly Dictionary<string, IReadOnlyList<AuthorListing>> _authors = [];
    private readonly Dictionary<(string Language, string Key), AuthorListing> _authorsByKey = [];
    private readonly Dictionary<string, IReadOnlyList<ArchiveYear>> _archives = [];
    private readonly Dictionary<Entry, ArchiveMonth> _entryMonths = [];
    private readonly Lazy<ArticleRelations> _relations;
    private readonly Lock _indexing = new();

    private SiteModel(SiteConfig config, IReadOnlyList<Entry> entries)
    {
        Config = config;
        Urls = new UrlBuilder(config.BaseUrl);
        Entries = entries;
        _relations = new(() => ArticleRelations.Create(Config.Languages.Select(l => ArticlesIn(l.Code)), e => CategoryOf(e)?.Entries, TagsOf));
    }

    public SiteConfig Config { get; }

    public UrlBuilder Urls { get; }

    /// <summary>Every published entry, in source-path order.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    public IEnumerable<Language> Languages => Config.Languages;

    /// <param name="translations">The versions of each text across languages, as <see cref="TranslationPairing"/> grouped them.</param>
    public static SiteModel Create(SiteConfig config, IReadOnlyList<Entry> entries, IEnumerable<IReadOnlyList<Entry>> translations, DiagnosticBag diagnostics)
    {
        var site = new SiteModel(config, entries.OrderBy(e => e.Article.SourcePath, StringComparer.Ordinal).ToList());
        // The translations and each language are indexed on cores of their own: they share no index, and each
        // language's indexes are filled under one lock once made (IndexLanguage).
        var languages = config.Languages.ToList();
        Parallel.Invoke(
            () => site.IndexTranslations(translations),
            () => Parallel.ForEach(languages, language => site.IndexLanguage(language, entries, diagnostics)));

        site.IndexTagPairs();
        // Read-only look-ups, on every core: a site has thousands of tagged entries.
        var entryTags = new List<Tag>[site.Entries.Count];
        Parallel.For(0, entryTags.Length, i => entryTags[i] = site.FindTagsOf(site.Entries[i]));
        for (var i = 0; i < entryTags.Length; i++)
        {
            site._entryTags[site.Entries[i]] = entryTags[i];
        }

        return site;
    }

    public IReadOnlyList<Entry> ArticlesIn(string language) => _articles.GetValueOrDefault(language) ?? [];

    public IReadOnlyList<Entry> PagesIn(string language) => _pages.GetValueOrDefault(language) ?? [];

    public IReadOnlyList<Tag> TagsIn(string language) => _tags.GetValueOrDefault(language) ?? [];

    public IReadOnlyList<CategoryListing> CategoriesIn(string language) => _categories.GetValueOrDefault(language) ?? [];

    public CategoryListing? FindCategory(string language, string key) => _categoriesByKey.GetValueOrDefault((language, key));

    /// <summary>The category of an article, in its language, as the site lists it; null for pages and articles without one.</summary>
    public CategoryListing? CategoryOf(Entry entry) => _entryCategories.GetValueOrDefault(entry);

    /// <summary>The people (not organizations) with articles in <paramref name="language"/>, each with a page there.</summary>
    public IReadOnlyList<AuthorListing> AuthorsIn(string language) => _authors.GetValueOrDefault(language) ?? [];

    /// <summary>The page of a person in a language, when they have articles there.</summary>
    public AuthorListing? FindAuthor(string language, string key) => _authorsByKey.GetValueOrDefault((language, key));

    /// <summary>The declared authors of an entry (site.yml <c>authors:</c>), in the order its front matter names them.</summary>
    public IReadOnlyList<Author> AuthorsOf(Entry entry) =>
        entry.Article.AuthorKeys.Select(Config.FindAuthor).OfType<Author>().ToList();

    public Tag? FindTag(string language, string slug) => _tagsBySlug.GetValueOrDefault((language, slug));

    /// <summary>The other-language versions of an entry, in the order of <c>languages</c> in site.yml.</summary>
    public IReadOnlyList<Entry> TranslationsOf(Entry entry) => _translations.GetValueOrDefault(entry) ?? [];

    /// <summary>The tags of an entry as the site shows them (merged spellings), in the order written.</summary>
    public IReadOnlyList<Tag> TagsOf(Entry entry) => _entryTags.TryGetValue(entry, out var tags) ? tags : FindTagsOf(entry);

    /// <summary>The years of a language that have articles, newest first, each with its months.</summary>
    public IReadOnlyList<ArchiveYear> ArchivesIn(string language) => _archives.GetValueOrDefault(language) ?? [];

    /// <summary>The month an article is archived in (in the site's time zone); null for pages.</summary>
    public ArchiveMonth? ArchiveMonthOf(Entry entry) => _entryMonths.GetValueOrDefault(entry);

    /// <summary>
    /// The end-of-article links of every article (previous, next, more in its category, related), computed for the
    /// whole site the first time they are asked for.
    /// </summary>
    public ArticleRelations Relations => _relations.Value;

    private List<Tag> FindTagsOf(Entry entry)
    {
        var slugs = _entryTagSlugs.TryGetValue(entry, out var known) ? known : entry.Article.Tags.Select(Slugifier.Slugify).ToList();
        var tags = new List<Tag>(slugs.Count);
        foreach (var slug in slugs)
        {
            if (FindTag(entry.Language, slug) is { } tag && !tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    /// <summary>The tag paired with <paramref name="tag"/> in another language through site.yml <c>tags:</c>, if it has articles there.</summary>
    public Tag? PairedTag(Tag tag, string language)
    {
        if (_tagPairs.TryGetValue((tag.Language, tag.Slug), out var pair) && pair.TryGetValue(language, out var slug))
        {
            return FindTag(language, slug);
        }

        return null;
    }

    private void IndexTranslations(IEnumerable<IReadOnlyList<Entry>> groups)
    {
        var order = Config.Languages.Select((l, i) => (l.Code, i)).ToDictionary(x => x.Code, x => x.i);
        foreach (var group in groups)
        {
            var members = group.OrderBy(e => order.GetValueOrDefault(e.Language, int.MaxValue)).ToList();
            foreach (var entry in members)
            {
                _translations[entry] = members.Where(m => m != entry).ToList();
            }
        }
    }

    /// <summary>A language's articles, pages, tags, categories, authors and archives; safe to run beside another language's.</summary>
    private void IndexLanguage(Language language, IReadOnlyList<Entry> entries, DiagnosticBag diagnostics)
    {
        var articles = entries.Where(e => e.Language == language.Code && e.Article.Kind == ContentKind.Article)
            .OrderBy(e => e.Article, ArticleOrder.NewestFirst).ToList();
        var pages = entries.Where(e => e.Language == language.Code && e.Article.Kind == ContentKind.Page)
            .OrderBy(e => e.Article.SourcePath, StringComparer.Ordinal).ToList();
        var (tags, tagSlugs) = CollectTags(language, articles, diagnostics);
        var categories = ListCategories(language, articles, diagnostics);
        var authors = ListAuthors(language, articles);
        var years = ArchiveCalendar.Group(language.Code, articles, Config.TimeZone);
        lock (_indexing)
        {
            _articles[language.Code] = articles;
            _pages[language.Code] = pages;
            _tags[language.Code] = tags;
            foreach (var tag in tags)
            {
                _tagsBySlug[(language.Code, tag.Slug)] = tag;
            }

            foreach (var (entry, slugs) in tagSlugs)
            {
                _entryTagSlugs[entry] = slugs;
            }

            _categories[language.Code] = categories;
            foreach (var listing in categories)
            {
                _categoriesByKey[(language.Code, listing.Category.Key)] = listing;
                foreach (var entry in listing.Entries)
                {
                    _entryCategories[entry] = listing;
                }
            }

            _authors[language.Code] = authors;
            foreach (var listing in authors)
            {
                _authorsByKey[(language.Code, listing.Author.Key)] = listing;
            }

            _archives[language.Code] = years;
            foreach (var month in years.SelectMany(y => y.Months))
            {
                foreach (var entry in month.Entries)
                {
                    _entryMonths[entry] = month;
                }
            }
        }
    }

    private static (List<Tag> Tags, Dictionary<Entry, IReadOnlyList<string>> Slugs) CollectTags(Language language, IReadOnlyList<Entry> articles, DiagnosticBag diagnostics)
    {
        var slugs = new Dictionary<Entry, IReadOnlyList<string>>();
        var tags = TagCollector.Collect(language.Code, articles, diagnostics, slugs)
            .OrderBy(t => t.Name, StringComparer.Create(language.Culture, ignoreCase: true))
            .ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();
        return (tags, slugs);
    }

    private List<CategoryListing> ListCategories(Language language, IReadOnlyList<Entry> articles, DiagnosticBag diagnostics)
    {
        var listings = new List<CategoryListing>();
        var slugs = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var category in Config.Categories)
        {
            var name = category.Names[language.Code];
            var slug = Slugifier.Slugify(name);
            if (slugs.TryGetValue(slug, out var other))
            {
                diagnostics.Error(new SourceLocation(InputLayout.ConfigFile), DiagnosticCode.DuplicateUrl, $"the categories '{other.Key}' and '{category.Key}' have the same URL '{SitePaths.Category(language.Code, slug)}' in '{language.Code}'", "give them names that differ by more than case or accents");
                continue;
            }

            slugs[slug] = category;
            var entries = articles.Where(a => a.Category == category).ToList();
            listings.Add(new CategoryListing(category, language.Code, name, slug, entries));
        }

        return listings;
    }

    private List<AuthorListing> ListAuthors(Language language, IReadOnlyList<Entry> articles)
    {
        var listings = new List<AuthorListing>();
        foreach (var author in Config.Authors.Where(a => !a.IsOrganization))
        {
            var entries = articles.Where(a => a.Article.AuthorKeys.Contains(author.Key)).ToList();
            if (entries.Count > 0)
            {
                listings.Add(new AuthorListing(author, language.Code, entries));
            }
        }

        return listings;
    }

    private void IndexTagPairs()
    {
        foreach (var (defaultSpelling, others) in Config.TagPairs)
        {
            var pair = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [Config.DefaultLanguage] = Slugifier.Slugify(defaultSpelling),
            };
            foreach (var (language, spelling) in others)
            {
                pair[language] = Slugifier.Slugify(spelling);
            }

            foreach (var (language, slug) in pair)
            {
                _tagPairs[(language, slug)] = pair;
            }
        }
    }
}
