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

    // What a score must exceed the weights left by before an unmet article is ruled out: far above rounding noise.
    private const double Margin = 1e-6;

    /// <param name="newestFirst">The articles of one language in the site's order (newest first, then a stable key).</param>
    /// <param name="tagsOf">An article's tags; a tag written twice counts once.</param>
    /// <returns>For each article, at the same index, up to <paramref name="limit"/> others, best first.</returns>
    public static IReadOnlyList<T>[] Rank<T, TTag>(IReadOnlyList<T> newestFirst, Func<T, IEnumerable<TTag>> tagsOf, int limit = Count)
        where TTag : notnull
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 0);
        var (tagsOfArticle, postings) = Index(newestFirst, tagsOf);
        var weights = postings.Select(p => Math.Log((double)newestFirst.Count / p.Count)).ToArray();
        var related = new IReadOnlyList<T>[newestFirst.Count];
        Parallel.For(0, newestFirst.Count, () => new Scratch(newestFirst.Count), (article, _, scratch) =>
        {
            related[article] = Best(article, tagsOfArticle, postings, weights, scratch, limit).Select(i => newestFirst[i]).ToList();
            return scratch;
        }, _ => { });
        return related;
    }

    /// <summary>
    /// The best others of one article. Its tags are taken rarest first (MaxScore): once the weights of the tags left
    /// add up to less than the score already reached by <paramref name="limit"/> candidates, an article not met yet
    /// cannot catch up, so the long lists of common tags are not read; only the candidates met so far get their weights.
    /// </summary>
    private static List<int> Best(int article, int[][] tagsOfArticle, List<int>[] postings, double[] weights, Scratch scratch, int limit)
    {
        var tags = tagsOfArticle[article].OrderByDescending(t => weights[t]).ThenBy(t => t).ToArray();
        var left = new double[tags.Length + 1];
        for (var j = tags.Length - 1; j >= 0; j--)
        {
            left[j] = left[j + 1] + weights[tags[j]];
        }

        var (scores, visited, touched) = (scratch.Scores, scratch.Visited, scratch.Touched);
        touched.Clear();
        scratch.Stamp++;
        for (var j = 0; j < tags.Length; j++)
        {
            var best = Top(touched, scores, limit);
            if (limit > 0 && best.Count == limit && left[j] < Math.Round(scores[best[^1]], Decimals) - Margin)
            {
                foreach (var other in touched)
                {
                    for (var i = j; i < tags.Length; i++)
                    {
                        if (Array.IndexOf(tagsOfArticle[other], tags[i]) >= 0)
                        {
                            scores[other] += weights[tags[i]];
                        }
                    }
                }

                break;
            }

            foreach (var other in postings[tags[j]])
            {
                if (other == article)
                {
                    continue;
                }

                if (visited[other] != scratch.Stamp)
                {
                    visited[other] = scratch.Stamp;
                    scores[other] = 0;
                    touched.Add(other);
                }

                scores[other] += weights[tags[j]];
            }
        }

        return Top(touched, scores, limit);
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
    private static List<int> Top(List<int> candidates, double[] scores, int limit)
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

    /// <summary>What one thread reuses from one article to the next: a score per article, and which were met for this one.</summary>
    private sealed class Scratch(int articles)
    {
        public double[] Scores { get; } = new double[articles];

        public int[] Visited { get; } = new int[articles];

        public List<int> Touched { get; } = [];

        public int Stamp { get; set; }
    }

    private static bool Beats(double score, int index, double otherScore, int otherIndex) =>
        score > otherScore || (score == otherScore && index < otherIndex);
}
