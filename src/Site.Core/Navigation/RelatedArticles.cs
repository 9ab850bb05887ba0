using System.Runtime.InteropServices;

namespace Site.Core.Navigation;

/// <summary>
/// Ranks, for every article of one language, the other articles by the tags they share, each shared tag weighted by
/// its rarity: IDF = log(articles / articles with the tag). Ties go to the newer article (the earlier in the list).
/// Inverted indexes (tag → articles, pair of tags → articles) visit only the articles that share tags, never all pairs.
/// </summary>
public static class RelatedArticles
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

    /// <summary>Each article's distinct tags as numbers, each tag's articles and each pair of tags' articles in list order.</summary>
    private sealed class TagIndex
    {
        private readonly Dictionary<long, int> _pairIds;
        private readonly int[] _pairStarts;
        private readonly int[] _pairArticles;

        private TagIndex(int[][] tagsOfArticle, int[][] postings, int[][] widePostings)
        {
            TagsOfArticle = tagsOfArticle;
            Postings = postings;
            WidePostings = widePostings;
            Weights = new double[postings.Length];
            for (var tag = 0; tag < postings.Length; tag++)
            {
                Weights[tag] = Math.Log((double)tagsOfArticle.Length / postings[tag].Length);
            }

            // Each article's pairs are numbered once, then laid out one list after another (the lists of a site with
            // 50,000 articles hold a few hundred thousand entries).
            _pairIds = [];
            var pairsOfArticles = new List<int>();
            var counts = new List<int>();
            foreach (var tags in tagsOfArticle.Where(t => !IsWide(t)))
            {
                for (var i = 0; i < tags.Length; i++)
                {
                    for (var j = i + 1; j < tags.Length; j++)
                    {
                        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_pairIds, PairKey(tags[i], tags[j]), out var known);
                        if (!known)
                        {
                            id = counts.Count;
                            counts.Add(0);
                        }

                        counts[id]++;
                        pairsOfArticles.Add(id);
                    }
                }
            }

            _pairStarts = new int[counts.Count + 1];
            for (var id = 0; id < counts.Count; id++)
            {
                _pairStarts[id + 1] = _pairStarts[id] + counts[id];
                counts[id] = _pairStarts[id];
            }

            _pairArticles = new int[pairsOfArticles.Count];
            var next = 0;
            for (var article = 0; article < tagsOfArticle.Length; article++)
            {
                var pairs = IsWide(tagsOfArticle[article]) ? 0 : tagsOfArticle[article].Length * (tagsOfArticle[article].Length - 1) / 2;
                for (var k = 0; k < pairs; k++)
                {
                    _pairArticles[counts[pairsOfArticles[next++]]++] = article;
                }
            }
        }

        public int[][] TagsOfArticle { get; }

        public int[][] Postings { get; }

        /// <summary>Each tag's wide articles, in list order.</summary>
        public int[][] WidePostings { get; }

        public double[] Weights { get; }

        public static TagIndex Create<T, TTag>(IReadOnlyList<T> articles, Func<T, IEnumerable<TTag>> tagsOf)
            where TTag : notnull
        {
            var numbers = new Dictionary<TTag, int>();
            var postings = new List<List<int>>();
            var tagsOfArticle = new int[articles.Count][];
            var tags = new List<int>();
            for (var article = 0; article < articles.Count; article++)
            {
                tags.Clear();
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

            var widePostings = postings.Select(_ => new List<int>()).ToArray();
            for (var article = 0; article < articles.Count; article++)
            {
                if (IsWide(tagsOfArticle[article]))
                {
                    foreach (var tag in tagsOfArticle[article])
                    {
                        widePostings[tag].Add(article);
                    }
                }
            }

            return new TagIndex(tagsOfArticle, [.. postings.Select(p => p.ToArray())], [.. widePostings.Select(p => p.ToArray())]);
        }

        public static bool IsWide(int[] tags) => tags.Length > PairedTags;

        /// <summary>The articles that have both tags and are not wide, in list order.</summary>
        public ReadOnlySpan<int> Pair(int tag, int other) =>
            _pairIds.TryGetValue(PairKey(tag, other), out var id) ? _pairArticles.AsSpan(_pairStarts[id], _pairStarts[id + 1] - _pairStarts[id]) : [];

        private long PairKey(int tag, int other) => ((long)Math.Min(tag, other) * Postings.Length) + Math.Max(tag, other);
    }

    /// <summary>
    /// Ranks one article at a time, reusing its arrays from one article to the next (one per thread). Its tags are
    /// taken rarest first, and each other article is scored in full, on every tag it shares, from exactly one list: from
    /// its tag's list if it shares one tag, from the list of the pair of its two rarest shared tags if it shares more
    /// (the pairs' lists are far shorter than the tags'); a wide one, from the list of wide articles of the rarest tag it
    /// shares. Each list has a best possible score; a list whose best is below the last of the best found so far is
    /// not read (MaxScore), and a list is read only until its best can no longer beat the last of the best: then only
    /// older articles with an equal score are left in it.
    /// </summary>
    private sealed class Ranking(TagIndex index, int limit)
    {
        // What Read is given instead of a second place: others that share one tag and are not wide, wide others, any.
        private const int Single = -1;
        private const int Wide = -2;
        private const int Any = -3;

        // The place of each tag among the current article's tags, rarest first; valid where its stamp is the current one.
        private readonly int[] _place = new int[index.Postings.Length];
        private readonly int[] _stamp = new int[index.Postings.Length];
        private readonly TopScores _best = new(limit);
        private int _current;
        private int _count;
        private int[] _tags = new int[8];
        private int[] _shared = new int[8];
        private double[] _weights = new double[8];

        public TopScores Best(int article)
        {
            _best.Clear();
            var tags = index.TagsOfArticle[article];
            if (limit == 0 || tags.Length == 0)
            {
                return _best;
            }

            Sort(tags);
            if (TagIndex.IsWide(tags))
            {
                return Widely(article, tags.Length);
            }

            for (var first = 0; first < tags.Length; first++)
            {
                if (_best.IsFull && BestPossible(first, first + 1) < _best.LastScore)
                {
                    break;
                }

                for (var second = first + 1; second < tags.Length; second++)
                {
                    var bestPossible = BestPossible(first, second);
                    if (_best.IsFull && bestPossible < _best.LastScore)
                    {
                        break;
                    }

                    Read(article, index.Pair(_tags[first], _tags[second]), first, second, bestPossible);
                }

                Read(article, index.Postings[_tags[first]], first, Single, BestPossible(first, tags.Length));
                Read(article, index.WidePostings[_tags[first]], first, Wide, BestPossible(first, first + 1));
            }

            return _best;
        }

        /// <summary>
        /// The best others of a wide article: its tags' lists, rarest first, each other article offered from the list
        /// of the rarest tag it shares, until the weights of the tags left add up to less than the last of the best.
        /// </summary>
        private TopScores Widely(int article, int count)
        {
            var left = new double[count + 1];
            for (var place = count - 1; place >= 0; place--)
            {
                left[place] = left[place + 1] + _weights[place];
            }

            for (var first = 0; first < count && !(_best.IsFull && left[first] < _best.LastScore - Margin); first++)
            {
                Read(article, index.Postings[_tags[first]], first, Any, double.PositiveInfinity);
            }

            return _best;
        }

        /// <summary>
        /// The score of an article that shares the tag at <paramref name="first"/> and every one from
        /// <paramref name="from"/> on, added as <see cref="Read"/> adds them: no article met through these places
        /// scores more, because adding a weight (never negative) to a sum never lowers it, even rounded.
        /// </summary>
        private double BestPossible(int first, int from)
        {
            var score = 0.0 + _weights[first];
            for (var place = from; place < _count; place++)
            {
                score += _weights[place];
            }

            return Math.Round(score, Decimals);
        }

        /// <summary>
        /// Offers the others of a list whose rarest shared tag is at <paramref name="first"/> and the next one at
        /// <paramref name="second"/>, or that are <see cref="Single"/>, <see cref="Wide"/> or <see cref="Any"/> others.
        /// The list is in site order, so once its best possible score only ties with the last of the best, the
        /// articles left in it are older and cannot come in.
        /// </summary>
        private void Read(int article, ReadOnlySpan<int> others, int first, int second, double bestPossible)
        {
            foreach (var other in others)
            {
                if (_best.IsFull && (bestPossible < _best.LastScore || (bestPossible == _best.LastScore && other > _best.LastIndex)))
                {
                    return;
                }

                if (other == article)
                {
                    continue;
                }

                var tags = index.TagsOfArticle[other];
                var count = Shared(tags);
                var wanted = second switch
                {
                    Single => count == 1 && !TagIndex.IsWide(tags),
                    Wide or Any => true,
                    _ => _shared[1] == second,
                };
                if (_shared[0] != first || !wanted)
                {
                    continue;
                }

                var score = 0.0;
                for (var i = 0; i < count; i++)
                {
                    score += _weights[_shared[i]];
                }

                _best.Offer(Math.Round(score, Decimals), other);
            }
        }

        /// <summary>The places of the current article's tags that another article has, in order, and how many.</summary>
        private int Shared(int[] otherTags)
        {
            var count = 0;
            foreach (var tag in otherTags)
            {
                if (_stamp[tag] == _current)
                {
                    var at = _place[tag];
                    var i = count++;
                    for (; i > 0 && _shared[i - 1] > at; i--)
                    {
                        _shared[i] = _shared[i - 1];
                    }

                    _shared[i] = at;
                }
            }

            return count;
        }

        /// <summary>Puts the article's tags rarest first (then by number), with their places and weights.</summary>
        private void Sort(int[] tags)
        {
            if (_tags.Length < tags.Length)
            {
                _tags = new int[tags.Length];
                _shared = new int[tags.Length];
                _weights = new double[tags.Length];
            }

            var weights = index.Weights;
            if (TagIndex.IsWide(tags))
            {
                tags.CopyTo(_tags, 0);
                _tags.AsSpan(0, tags.Length).Sort((x, y) => weights[x] != weights[y] ? weights[y].CompareTo(weights[x]) : x.CompareTo(y));
            }

            for (var i = 0; i < tags.Length && !TagIndex.IsWide(tags); i++)
            {
                var tag = tags[i];
                var at = i;
                for (; at > 0 && (weights[_tags[at - 1]] < weights[tag] || (weights[_tags[at - 1]] == weights[tag] && _tags[at - 1] > tag)); at--)
                {
                    _tags[at] = _tags[at - 1];
                }

                _tags[at] = tag;
            }

            _current++;
            _count = tags.Length;
            for (var place = 0; place < tags.Length; place++)
            {
                _place[_tags[place]] = place;
                _stamp[_tags[place]] = _current;
                _weights[place] = weights[_tags[place]];
            }
        }
    }

    /// <summary>The best candidates offered: highest rounded score first, then the lowest index (the newest).</summary>
    private sealed class TopScores(int limit)
    {
        private readonly double[] _scores = new double[limit];
        private readonly int[] _indexes = new int[limit];

        public int Count { get; private set; }

        public bool IsFull => Count == limit;

        public double LastScore => _scores[Count - 1];

        public int LastIndex => _indexes[Count - 1];

        public int Index(int rank) => _indexes[rank];

        public void Clear() => Count = 0;

        /// <summary>Keeps a candidate if it is among the best so far.</summary>
        public void Offer(double score, int index)
        {
            var at = Count;
            while (at > 0 && Beats(score, index, _scores[at - 1], _indexes[at - 1]))
            {
                at--;
            }

            if (at >= limit)
            {
                return;
            }

            var last = Math.Min(Count, limit - 1);
            Array.Copy(_scores, at, _scores, at + 1, last - at);
            Array.Copy(_indexes, at, _indexes, at + 1, last - at);
            _scores[at] = score;
            _indexes[at] = index;
            Count = Math.Min(Count + 1, limit);
        }

        private static bool Beats(double score, int index, double otherScore, int otherIndex) =>
            score > otherScore || (score == otherScore && index < otherIndex);
    }
}
