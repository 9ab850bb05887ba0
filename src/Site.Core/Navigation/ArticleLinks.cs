using Site.Core.Site;

namespace Site.Core.Navigation;

/// <summary>Where a reader can go at the end of an article, all in its language.</summary>
/// <param name="Previous">The article published just before, if any.</param>
/// <param name="Next">The article published just after, if any.</param>
/// <param name="MoreInCategory">The newest other articles of its category.</param>
/// <param name="Related">The articles that share the rarest tags with it (<see cref="RelatedArticles"/>).</param>
public sealed record ArticleLinks(Entry? Previous, Entry? Next, IReadOnlyList<Entry> MoreInCategory, IReadOnlyList<Entry> Related)
{
    public static readonly ArticleLinks None = new(null, null, [], []);

    /// <summary>Every article this one links to, in a fixed order (what its page shows of others).</summary>
    public IEnumerable<Entry> All => new[] { Previous, Next }.OfType<Entry>().Concat(MoreInCategory).Concat(Related);
}
