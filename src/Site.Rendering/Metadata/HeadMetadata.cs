using System.Globalization;
using Site.Core.Site;
using Site.Rendering.Views;

namespace Site.Rendering.Metadata;

/// <summary>
/// The head metadata that sharing previews and search engines read (Open Graph, Twitter card, schema.org JSON-LD),
/// made in C# so that each value gets the encoding of where it goes: HTML attributes, or JSON inside a script.
/// </summary>
internal sealed class HeadMetadata(SiteModel site)
{
    /// <summary>An article (<c>og:type</c> article, NewsArticle JSON-LD) or a stand-alone page (<c>og:type</c> website).</summary>
    public string Entry(EntryView entry, bool isArticle)
    {
        var siteTitle = site.Config.Title[entry.Language];
        var tags = OpenGraph(entry.Language, entry.Title, isArticle ? "article" : "website", entry.AbsoluteUrl, entry.Summary, entry.Translations.Select(t => t.Language));
        var social = entry.Image?.Social;
        tags.Property("og:image", social?.AbsoluteUrl ?? entry.Image?.AbsoluteUrl)
            .Property("og:image:width", social?.Width?.ToString(CultureInfo.InvariantCulture))
            .Property("og:image:height", social?.Height?.ToString(CultureInfo.InvariantCulture))
            .Property("og:image:alt", entry.Image?.Alt);
        if (isArticle)
        {
            tags.Property("article:published_time", entry.Date.Iso)
                .Property("article:modified_time", (entry.Updated ?? entry.Date).Iso)
                .Property("article:section", entry.Category?.Name);
            foreach (var tag in entry.Tags)
            {
                tags.Property("article:tag", tag.Name);
            }
        }

        tags.Name("twitter:card", entry.Image is null ? "summary" : "summary_large_image")
            .Name("twitter:title", entry.Title)
            .Name("twitter:description", entry.Summary)
            .Name("twitter:image", social?.AbsoluteUrl ?? entry.Image?.AbsoluteUrl)
            .Name("twitter:image:alt", entry.Image?.Alt);
        if (isArticle)
        {
            tags.JsonLd(NewsArticleJsonLd.Write(entry, siteTitle, CultureName(entry.Language)));
        }

        return tags.ToString();
    }

    /// <summary>A listing (home, category, tag, tag index); <paramref name="feed"/> is an extra feed to announce.</summary>
    public string Listing(string language, string title, string canonical, string? description, IEnumerable<string> otherLanguages, (string Title, string Url)? feed = null)
    {
        var tags = OpenGraph(language, title, "website", canonical, description, otherLanguages);
        if (feed is { } extra)
        {
            tags.Feed(extra.Title, extra.Url);
        }

        return tags.ToString();
    }

    private HeadTags OpenGraph(string language, string title, string type, string url, string? description, IEnumerable<string> otherLanguages)
    {
        var tags = new HeadTags()
            .Property("og:title", title)
            .Property("og:type", type)
            .Property("og:url", url)
            .Property("og:description", description)
            .Property("og:site_name", site.Config.Title[language])
            .Property("og:locale", Locale(language));
        foreach (var other in otherLanguages.Where(l => l != language).Distinct())
        {
            tags.Property("og:locale:alternate", Locale(other));
        }

        return tags;
    }

    private string CultureName(string language) =>
        site.Config.FindLanguage(language)?.Culture.Name is { Length: > 0 } name ? name : language;

    /// <summary>Open Graph writes locales with an underscore: <c>fr_FR</c>.</summary>
    private string Locale(string language) => CultureName(language).Replace('-', '_');
}
