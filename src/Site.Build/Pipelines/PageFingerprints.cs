using System.IO.Hashing;
using System.Text;
using Site.Core.Pagination;
using Site.Core.Site;
using Site.Rendering.Feeds;
using Site.Rendering.Pages;

namespace Site.Build.Pipelines;

/// <summary>
/// What each kind of page is made from, as a short string: the theme and configuration (<paramref name="global"/>),
/// and the entries, names and neighbouring pages the page shows. Equal fingerprints mean equal pages.
/// </summary>
internal sealed class PageFingerprints(SiteModel site, string global)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Entry, string> _ids = new();

    public string Global => global;

    public string Entry(Entry entry)
    {
        var text = new StringBuilder(global).Append('|').Append(Id(entry));
        foreach (var translation in site.TranslationsOf(entry))
        {
            text.Append("|t:").Append(translation.Path);
        }

        foreach (var tag in site.TagsOf(entry))
        {
            text.Append("|g:").Append(tag.Name).Append('>').Append(tag.Path);
        }

        return text.ToString();
    }

    public string Print(Entry entry) => $"{global}|{Id(entry)}";

    public string Listing(string kind, string heading, ListingPage<Entry> slice, IReadOnlyDictionary<string, string> versions)
    {
        var text = new StringBuilder(global).Append('|').Append(kind).Append('|').Append(heading)
            .Append('|').Append(slice.Number).Append('/').Append(slice.Count);
        foreach (var entry in slice.Items)
        {
            text.Append('|').Append(Id(entry));
        }

        foreach (var (language, path) in versions.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            text.Append("|v:").Append(language).Append('>').Append(path);
        }

        return text.ToString();
    }

    public string TagIndex(string language) =>
        Hash(string.Join('|', site.TagsIn(language).Select(t => $"{t.Name}>{t.Path}#{t.Entries.Count}")));

    /// <summary>A feed shows its newest entries; an empty one takes its date from the language's newest article.</summary>
    public string Feed(IReadOnlyList<Entry> articles, string language) =>
        $"{global}|feed|" + string.Join('|', (articles.Count > 0 ? articles : site.ArticlesIn(language)).Take(FeedRenderer.Size).Select(Id));


    /// <summary>
    /// What the sitemap shows: every entry's URL, date and translations, and every listing's size (not the bodies,
    /// so that editing a text does not rewrite it).
    /// </summary>
    public string Sitemap()
    {
        var text = new StringBuilder();
        foreach (var entry in site.Entries)
        {
            text.Append(entry.Path).Append('@').Append(entry.Article.LastModified.UtcTicks);
            foreach (var translation in site.TranslationsOf(entry))
            {
                text.Append('>').Append(translation.Path);
            }

            text.Append('|');
        }

        foreach (var language in site.Languages)
        {
            foreach (var tag in site.TagsIn(language.Code))
            {
                text.Append(tag.Path).Append('#').Append(tag.Entries.Count).Append('@').Append(tag.Entries[0].Article.LastModified.UtcTicks).Append('|');
            }

            foreach (var category in site.CategoriesIn(language.Code))
            {
                text.Append(category.Path).Append('#').Append(category.Entries.Count).Append('|');
            }
        }

        return Hash(text.ToString());
    }

    private string Id(Entry entry) =>
        _ids.GetOrAdd(entry, e => $"{e.Path}#{ObjectIds.Of(e.Article)}.{ObjectIds.Of(e.Body)}");

    private string Hash(string text) => global + "|" + Convert.ToHexString(BitConverter.GetBytes(XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(text))));
}
