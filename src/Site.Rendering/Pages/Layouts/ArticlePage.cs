using Site.Core.Model;
using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>The model of <c>article.liquid</c> (an article) and <c>page.liquid</c> (a stand-alone page).</summary>
internal sealed record ArticlePage(PageView Page, EntryView Entry, bool IsArticle) : ILayoutModel
{
    public string Layout => IsArticle ? "article" : "page";

    public bool InBase => true;

    /// <summary>The links after an article (previous, next, its category, related); null for a stand-alone page.</summary>
    public ArticleEndView? End { get; init; }

    public IEnumerable<(string Name, object? Value)> Values => [("entry", Entry), ("end", End)];

    public static ArticlePage Build(LayoutContext context, Entry entry)
    {
        var view = context.Entries.WithBody(entry);
        var isArticle = entry.Article.Kind == ContentKind.Article;
        var versions = PageVersions.Article(context.Site, entry);
        var page = context.Pages.Create("article", entry.Language, entry.Article.Title, entry.Path, versions, SitePaths.Home) with
        {
            Description = entry.Body.Summary,
            HeadHtml = context.Metadata.Entry(view, isArticle),
        };
        return new ArticlePage(page, view, isArticle) { End = isArticle ? ArticleEnd.Build(context, entry) : null };
    }
}
