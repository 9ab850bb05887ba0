namespace Site.Core.Navigation;

/// <summary>
/// Ranks, for every article of one language, the other articles by the tags they share, each shared tag weighted by
/// its rarity: IDF = log(articles / articles with the tag). Ties go to the newer article (the earlier in the list).
/// An inverted index (tag → articles) visits only the articles that share a tag, never all pairs.
/// </summary>
public static class RelatedArticles
{
    /// <summary>How many related articles an article shows.</summary>
    public const int Count = 3;

    // Scores are sums of logarithms, added in the order of each article's tags: two sums equal on paper may differ in
    // their last bits (log 2 + log 2 and log 4). Compared at this many decimals, they tie, and the newer one wins.
    private const int Decimals = 9;

    /// <param name="newestFirst">The articles of one language in the site's order (newest first, then a stable key).</param>
    /// <param name="tagsOf">An article's tags; a tag written twice counts once.</param>
    /// <returns>For each article, at the same index, up to <paramref name="limit"/> others, best first.</returns>
    public static IReadOnlyList<T>[] Rank<T, TTag>(IReadOnlyList<T> newestFirst, Func<T, IEnumerable<TTag>> tagsOf, int limit = Count)
        where TTag : notnull
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 0);
        var (tagsOfArticle, postings) = Index(newestFirst, tagsOf);
        var weights = postings.Select(p => Math.Log((double)newestFirst.Count / p.Count)).ToArray();
        var scores = new double[newestFirst.Count];
        var visited = new int[newestFirst.Count];
        var touched = new List<int>();
        var related = new IReadOnlyList<T>[newestFirst.Count];
        for (var article = 0; article < newestFirst.Count; article++)
        {
            touched.Clear();
            foreach (var tag in tagsOfArticle[article])
            {
                foreach (var other in postings[tag])
                {
                    if (other == article)
                    {
                        continue;
                    }

                    if (visited[other] != article + 1)
                    {
                        visited[other] = article + 1;
                        scores[other] = 0;
                        touched.Add(other);
                    }

                    scores[other] += weights[tag];
                }
            }

            related[article] = Best(touched, scores, limit).Select(i => newestFirst[i]).ToList();
        }

        return related;
    }

    /// <summary>Each article's distinct tags as numbers, and each tag's articles in list order.</summary>
    private static (int[][] TagsOfArticle, List<int>[] Postings) Index<T, TTag>(IReadOnlyList<T> articles, Func<T, IEnumerable<TTag>> tagsOf)
        where TTag : notnull
    {
        var numbers = new Dictionary<TTag, int>();
        var postings = new List<List<int>>();
        var tagsOfArticle = new int[articles.Count][];
        for (var article = 0; article < articles.Count; article++)
        {
            var tags = new List<int>();
            foreach (var tag in tagsOf(articles[article]))
            {
                if (!numbers.TryGetValue(tag, out var number))
                {
                    number = numbers.Count;
                    numbers[tag] = number;
                    postings.Add([]);
                }

                if (!tags.Contains(number))
                {
                    tags.Add(number);
                    postings[number].Add(article);
                }
            }

            tagsOfArticle[article] = [.. tags];
        }

        return (tagsOfArticle, [.. postings]);
    }

    /// <summary>The best <paramref name="limit"/> candidates: highest score first, then the lowest index (the newest).</summary>
    private static List<int> Best(List<int> candidates, double[] scores, int limit)
    {
        var best = new List<int>(limit + 1);
        foreach (var candidate in candidates)
        {
            var score = Math.Round(scores[candidate], Decimals);
            var at = best.Count;
            while (at > 0 && Beats(score, candidate, Math.Round(scores[best[at - 1]], Decimals), best[at - 1]))
            {
                at--;
            }

            if (at < limit)
            {
                best.Insert(at, candidate);
                if (best.Count > limit)
                {
                    best.RemoveAt(limit);
                }
            }
        }

        return best;
    }

    private static bool Beats(double score, int index, double otherScore, int otherIndex) =>
        score > otherScore || (score == otherScore && index < otherIndex);
}
