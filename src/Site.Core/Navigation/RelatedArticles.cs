namespace Site.Core.Navigation;

/// <summary>
/// Ranks, for every article of one language, the other articles by the tags they share, each shared tag weighted by
/// its rarity: IDF = log(articles / articles with the tag). Ties go to the newer article (the earlier in the list).
/// Inverted indexes (tag → articles, pair of tags → articles) visit only the articles that share tags, never all pairs.
/// </summary>
public static partial class RelatedArticles
{
    /// <summary>How many related articles an article shows.</summary>
    public const int Count = 3;

    // Scores are sums of logarithms, added in the order of each article's tags: two sums equal on paper may differ in
    // their last bits (log 2 + log 2 and log 4). Compared at this many decimals, they tie, and the newer one wins.
    private const int Decimals = 9;

    // An article with more tags than this is "wide": its pairs of tags are not indexed (an article with 10,000 tags
    // would have 50 million), and it is ranked by its tags' lists alone.
    private const int PairedTags = 16;

    // What a score must exceed the weights left by before an unmet article is ruled out (wide articles): far above
    // rounding noise.
    private const double Margin = 1e-6;

    /// <param name="newestFirst">The articles of one language in the site's order (newest first, then a stable key).</param>
    /// <param name="tagsOf">An article's tags; a tag written twice counts once.</param>
    /// <returns>For each article, at the same index, up to <paramref name="limit"/> others, best first.</returns>
    public static IReadOnlyList<T>[] Rank<T, TTag>(IReadOnlyList<T> newestFirst, Func<T, IEnumerable<TTag>> tagsOf, int limit = Count)
        where TTag : notnull
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 0);
        var index = TagIndex.Create(newestFirst, tagsOf);
        var related = new IReadOnlyList<T>[newestFirst.Count];
        Parallel.For(0, newestFirst.Count, () => new Ranking(index, limit), (article, _, ranking) =>
        {
            var best = ranking.Best(article);
            var others = new T[best.Count];
            for (var i = 0; i < others.Length; i++)
            {
                others[i] = newestFirst[best.Index(i)];
            }

            related[article] = others;
            return ranking;
        }, _ => { });
        return related;
    }
}
