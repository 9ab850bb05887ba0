using Site.Core.Navigation;
using Site.Core.Pagination;
using Site.Core.Site;
using Site.Rendering.Feeds;

namespace Site.Build.Plan;

/// <summary>
/// What each kind of page is made from, hashed: the theme and configuration (<see cref="Global"/>), and the
/// entries, names and neighbouring pages the page shows. Equal fingerprints mean equal pages.
/// </summary>
/// <param name="global">Identifies the configuration, templates, UI strings and asset URLs the pages use.</param>
/// <param name="identity">
/// What identifies an entry's parsed article and rendered body: by default the objects themselves (a preview session
/// keeps the objects of what did not change); a build that compares with an earlier process hashes their contents.
/// </param>
internal sealed class PageFingerprints(SiteModel site, string global, Func<object, Hash128>? identity = null)
{
    private readonly Func<object, Hash128> _identity = identity ?? ObjectIdentity;

    private readonly Hash128 _global = AddFooter(new FingerprintBuilder().Add(global), site).ToFingerprint().Value;

    // A listing page shows ten entries and there are thousands of listing pages: each entry is hashed once.
    private readonly Lazy<Dictionary<Entry, Hash128>> _ids = new(() => site.Entries.AsParallel().ToDictionary(e => e, e => IdOf(e, identity ?? ObjectIdentity)));

    /// <summary>For pages made from the configuration and theme alone.</summary>
    public Fingerprint Global => Start().ToFingerprint();

    public Fingerprint Entry(Entry entry)
    {
        var hash = AddId(Start().Add("entry"), entry);
        var translations = site.TranslationsOf(entry);
        hash.Add(translations.Count);
        foreach (var translation in translations)
        {
            hash.Add(translation.Path);
        }

        foreach (var tag in site.TagsOf(entry))
        {
            hash.Add(tag.Name).Add(tag.Path);
        }

        // The end of an article shows the titles and URLs of its neighbours, its category's and related articles (so
        // editing a body does not rewrite them), and its month's archive.
        var links = site.Relations.Of(entry);
        hash.Add(links.Previous is null ? 0 : 1).Add(links.Next is null ? 0 : 1).Add(links.MoreInCategory.Count).Add(links.Related.Count);
        foreach (var linked in links.All)
        {
            hash.Add(linked.Article.Title).Add(linked.Path);
        }

        hash.Add(site.ArchiveMonthOf(entry)?.Path ?? string.Empty);

        return hash.ToFingerprint();
    }

    public Fingerprint Print(Entry entry) => AddId(Start().Add("print"), entry).ToFingerprint();

    public Fingerprint Listing(string kind, string heading, ListingPage<Entry> slice, IReadOnlyDictionary<string, string> versions) =>
        ListingHash(kind, heading, slice, versions).ToFingerprint();

    /// <summary>The home's first page also shows its front page: the lead, the teasers, and each section's name, page and articles.</summary>
    public Fingerprint Front(string heading, ListingPage<Entry> slice, IReadOnlyDictionary<string, string> versions, FrontPage front)
    {
        var hash = ListingHash("front", heading, slice, versions).Add(front.Lead is null ? 0 : 1).Add(front.Teasers.Count);
        foreach (var entry in front.Lead is null ? front.Teasers : front.Teasers.Prepend(front.Lead))
        {
            AddId(hash, entry);
        }

        hash.Add(front.Sections.Count);
        foreach (var section in front.Sections)
        {
            hash.Add(section.Category.Name).Add(section.Category.Path).Add(section.Entries.Count);
            foreach (var entry in section.Entries)
            {
                AddId(hash, entry);
            }
        }

        return hash.ToFingerprint();
    }

    private FingerprintBuilder ListingHash(string kind, string heading, ListingPage<Entry> slice, IReadOnlyDictionary<string, string> versions)
    {
        var hash = Start().Add(kind).Add(heading).Add(slice.Number).Add(slice.Count);
        foreach (var entry in slice.Items)
        {
            AddId(hash, entry);
        }

        foreach (var (language, path) in versions.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            hash.Add(language).Add(path);
        }

        return hash;
    }

    public Fingerprint TagIndex(string language)
    {
        var hash = Start().Add("tag index").Add(language);
        foreach (var tag in site.TagsIn(language))
        {
            hash.Add(tag.Name).Add(tag.Path).Add(tag.Entries.Count);
        }

        return hash.ToFingerprint();
    }

    /// <summary>A feed shows its newest entries; an empty one takes its date from the language's newest article.</summary>
    public Fingerprint Feed(IReadOnlyList<Entry> articles, string language)
    {
        var hash = Start().Add("feed");
        foreach (var entry in (articles.Count > 0 ? articles : site.ArticlesIn(language)).Take(FeedRenderer.Size))
        {
            AddId(hash, entry);
        }

        return hash.ToFingerprint();
    }

    /// <summary>A list of years or months: each one's page and number of articles, and the list's versions.</summary>
    public Fingerprint Archive(string language, IEnumerable<(string Path, int Count)> periods, IReadOnlyDictionary<string, string> versions)
    {
        var hash = Start().Add("archive").Add(language);
        foreach (var (path, count) in periods)
        {
            hash.Add(path).Add(count);
        }

        foreach (var (other, path) in versions.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            hash.Add(other).Add(path);
        }

        return hash.ToFingerprint();
    }

    /// <summary>The news sitemap shows its entries' URLs, titles, dates and languages: their identities cover them.</summary>
    public Fingerprint News(IReadOnlyList<Entry> entries)
    {
        var hash = Start().Add("news").Add(entries.Count);
        foreach (var entry in entries)
        {
            AddId(hash, entry);
        }

        return hash.ToFingerprint();
    }

    /// <summary>A page made from the configuration, theme and a text of its own.</summary>
    public Fingerprint Text(string text) => Start().Add(text).ToFingerprint();

    /// <summary>
    /// What the sitemap shows of the pages it lists: their URLs, dates and versions (not the bodies, so that editing a
    /// text does not rewrite it).
    /// </summary>
    public Fingerprint Sitemap(IReadOnlyList<PlannedPage> indexed)
    {
        var hash = Start().Add("sitemap").Add(indexed.Count);
        foreach (var page in indexed)
        {
            hash.Add(page.Path).Add(page.LastModified?.UtcTicks ?? -1).Add(page.LastModified?.Offset.Ticks ?? 0).Add(page.Versions?.Count ?? 0);
            foreach (var (language, path) in page.Versions ?? new Dictionary<string, string>())
            {
                hash.Add(language).Add(path);
            }
        }

        return hash.ToFingerprint();
    }

    private static Hash128 ObjectIdentity(object value) => new Hash128((ulong)ObjectIds.Of(value), 0);

    private FingerprintBuilder Start() => new FingerprintBuilder().Add(_global);

    /// <summary>Every page's footer links the pages with <c>footer: true</c>: their titles and URLs are part of every page.</summary>
    private static FingerprintBuilder AddFooter(FingerprintBuilder hash, SiteModel site)
    {
        foreach (var language in site.Languages)
        {
            foreach (var page in site.PagesIn(language.Code).Where(p => p.Article.Footer))
            {
                hash.Add(page.Article.Title).Add(page.Path);
            }
        }

        return hash;
    }

    private FingerprintBuilder AddId(FingerprintBuilder hash, Entry entry)
    {
        ShownEntries.Note(entry);
        return hash.Add(_ids.Value.TryGetValue(entry, out var id) ? id : IdOf(entry, _identity));
    }

    /// <summary>The entry's text was replaced (<see cref="Entry.ReplaceText"/>): it is identified anew. Not thread-safe; call it between builds.</summary>
    public void Forget(Entry entry)
    {
        if (_ids.IsValueCreated)
        {
            _ids.Value[entry] = IdOf(entry, _identity);
        }
    }

    /// <summary>
    /// An entry as a page shows it: its URL, the identities of its parsed article and rendered body, and the size of
    /// its lead image and the name of its social crop, which carries the hash of its bytes (read from the image file,
    /// which can change while the article does not).
    /// </summary>
    private static Hash128 IdOf(Entry entry, Func<object, Hash128> identity) =>
        new FingerprintBuilder().Add(entry.Path).Add(identity(entry.Article)).Add(identity(entry.Body))
            .Add(entry.ImageSize?.Width ?? -1).Add(entry.ImageSize?.Height ?? -1).Add(entry.SocialImage?.SitePath ?? string.Empty)
            .ToFingerprint().Value;
}
