using System.Collections.Concurrent;
using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.Templates;

namespace Site.Rendering.Feeds;

/// <summary>Renders the Atom feeds of the site: one per language and one per category, each with its newest articles in full.</summary>
/// <param name="absoluteBody">
/// An entry's body rendered again with every URL absolute, resolved against the page's URL it is given: a feed reader
/// shows it out of its page. Asked once per entry, however many feeds carry it.
/// </param>
public sealed class FeedRenderer(SiteModel site, Func<Entry, Uri, string> absoluteBody)
{
    /// <summary>How many articles a feed carries, newest first.</summary>
    public const int Size = 20;

    private readonly ConcurrentDictionary<Entry, Lazy<string>> _contents = new();

    /// <summary>The entry's text was replaced (<see cref="Entry.ReplaceText"/>): its content is rendered again when next asked for.</summary>
    public void Forget(Entry entry) => _contents.TryRemove(entry, out _);

    public string Language(string language) =>
        Render(language, site.Config.Title[language], SitePaths.Home(language), site.ArticlesIn(language));

    public string Category(CategoryListing category) =>
        Render(category.Language, $"{category.Name} – {site.Config.Title[category.Language]}", category.Path, category.Entries);

    private string Render(string language, string title, string pagePath, IReadOnlyList<Entry> articles)
    {
        var entries = articles.Take(Size).ToList();
        var feed = new AtomFeed
        {
            Language = language,
            Title = title,
            Subtitle = site.Config.Description[language],
            Updated = LastUpdate(entries) ?? LastUpdate(site.ArticlesIn(language)) ?? DateTimeOffset.UnixEpoch,
            SelfUrl = site.Urls.Absolute(SitePaths.Feed(pagePath)),
            PageUrl = site.Urls.Absolute(pagePath),
            Entries = entries.Select(Entry).ToList(),
        };
        return AtomWriter.Write(feed);
    }

    /// <summary>The latest moment any of the articles changed: an older article may have been updated after a newer one.</summary>
    private static DateTimeOffset? LastUpdate(IEnumerable<Entry> entries) =>
        entries.Select(e => (DateTimeOffset?)e.Article.LastModified).Max();

    private AtomEntry Entry(Entry entry)
    {
        var article = entry.Article;
        var url = site.Urls.Absolute(entry.Path);
        var categories = new List<AtomCategory>();
        if (site.CategoryOf(entry) is { } category)
        {
            categories.Add(new AtomCategory(category.Slug, category.Name, site.Urls.Absolute(SitePaths.Categories(entry.Language))));
        }

        categories.AddRange(site.TagsOf(entry).Select(t => new AtomCategory(t.Slug, t.Name, site.Urls.Absolute(SitePaths.Tags(entry.Language)))));
        return new AtomEntry
        {
            Url = url,
            Title = article.Title,
            Published = article.Date,
            Updated = article.LastModified,
            Author = site.AuthorsOf(entry) is { Count: > 0 } authors
                ? string.Join(", ", authors.Select(a => a.Name[entry.Language]))
                : article.Author ?? site.Config.Title[entry.Language],
            Categories = categories,
            Summary = entry.Body.Summary,
            ContentHtml = _contents.GetOrAdd(entry, e => new Lazy<string>(() => Content(e, new Uri(url)))).Value,
        };
    }

    private string Content(Entry entry, Uri page) => LeadImage(entry, page) + absoluteBody(entry, page);

    /// <summary>The lead image is part of the article as readers see it on its page, so the feed carries it too.</summary>
    private string LeadImage(Entry entry, Uri page)
    {
        if (entry.Article.Image is not { } image)
        {
            return string.Empty;
        }

        var encoder = MinimalHtmlEncoder.Instance;
        var rebased = site.Urls.Rebase(image);
        var src = encoder.Encode(PageRelativeUrl.Resolve(rebased, page) ?? rebased);
        var alt = encoder.Encode(entry.Article.ImageAlt ?? string.Empty);
        return $"<figure class=\"lead-image\"><img src=\"{src}\" alt=\"{alt}\"></figure>\n";
    }
}
