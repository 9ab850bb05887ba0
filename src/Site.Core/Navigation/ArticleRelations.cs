using Site.Core.Site;

namespace Site.Core.Navigation;

/// <summary>The end-of-article links of every article of the site, computed once for all of them.</summary>
public sealed class ArticleRelations
{
    /// <summary>How many other articles of its category an article shows.</summary>
    public const int MoreInCategoryCount = 3;

    private readonly Dictionary<Entry, ArticleLinks> _links;

    private ArticleRelations(Dictionary<Entry, ArticleLinks> links) => _links = links;

    /// <summary>The links of an article; none for a stand-alone page.</summary>
    public ArticleLinks Of(Entry entry) => _links.GetValueOrDefault(entry) ?? ArticleLinks.None;

    /// <param name="languages">The articles of each language, newest first.</param>
    /// <param name="categoryOf">The articles of an article's category in its language, newest first, if it has one.</param>
    /// <param name="tagsOf">An article's tags.</param>
    public static ArticleRelations Create<TTag>(IEnumerable<IReadOnlyList<Entry>> languages, Func<Entry, IReadOnlyList<Entry>?> categoryOf, Func<Entry, IEnumerable<TTag>> tagsOf)
        where TTag : notnull
    {
        var links = new Dictionary<Entry, ArticleLinks>();
        // The languages are ranked side by side: each one's index of tags is built on a single core.
        var byLanguage = languages.ToList();
        var ranked = new IReadOnlyList<Entry>[byLanguage.Count][];
        Parallel.For(0, byLanguage.Count, l => ranked[l] = RelatedArticles.Rank(byLanguage[l], tagsOf));
        for (var l = 0; l < byLanguage.Count; l++)
        {
            var (articles, related) = (byLanguage[l], ranked[l]);
            for (var i = 0; i < articles.Count; i++)
            {
                var entry = articles[i];
                var more = categoryOf(entry)?.Where(e => e != entry).Take(MoreInCategoryCount).ToList() ?? [];
                links[entry] = new ArticleLinks(
                    Previous: i + 1 < articles.Count ? articles[i + 1] : null,
                    Next: i > 0 ? articles[i - 1] : null,
                    MoreInCategory: more,
                    Related: related[i]);
            }
        }

        return new ArticleRelations(links);
    }
}
