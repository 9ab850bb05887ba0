using Site.Core.Site;
using Site.Rendering.Metadata;
using Site.Rendering.Xml;

namespace Site.Rendering.Sitemaps;

/// <summary>
/// The Google News sitemap (<c>/news-sitemap.xml</c>): the articles of every language published in the
/// <see cref="Window"/> before the newest article, newest first, at most <see cref="MaxArticles"/>. The window is counted
/// from the content, not from the build's clock, so that a build stays deterministic.
/// </summary>
public static class NewsSitemap
{
    public const string FileName = "news-sitemap.xml";

    /// <summary>How many articles a news sitemap may list (Google News).</summary>
    public const int MaxArticles = 1000;

    public static readonly TimeSpan Window = TimeSpan.FromHours(48);

    private const string Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string News = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>The articles the news sitemap lists, newest first (then the site's stable order).</summary>
    public static IReadOnlyList<Entry> Articles(SiteModel site)
    {
        var articles = site.Languages.SelectMany(l => site.ArticlesIn(l.Code)).ToList();
        if (articles.Count == 0)
        {
            return [];
        }

        var newest = articles.Max(e => e.Article.Date);
        return articles
            .Where(e => e.Article.Date >= newest - Window)
            .OrderBy(e => e.Article, Core.Model.ArticleOrder.NewestFirst)
            .Take(MaxArticles)
            .ToList();
    }

    public static string Write(SiteModel site, IReadOnlyList<Entry> articles) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("urlset", Sitemaps);
        xml.WriteAttributeString("xmlns", "news", null, News);
        foreach (var entry in articles)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", XmlOutput.Clean(site.Urls.Absolute(entry.Path)));
            xml.WriteStartElement("news", "news", News);
            xml.WriteStartElement("news", "publication", News);
            xml.WriteElementString("news", "name", News, XmlOutput.Clean(site.Config.Title[entry.Language]));
            xml.WriteElementString("news", "language", News, entry.Language);
            xml.WriteEndElement();
            xml.WriteElementString("news", "publication_date", News, IsoDate.Format(entry.Article.Date));
            xml.WriteElementString("news", "title", News, XmlOutput.Clean(entry.Article.Title));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });
}
