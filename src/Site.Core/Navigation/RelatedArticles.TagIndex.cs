using System.Runtime.InteropServices;

namespace Site.Core.Navigation;

public static partial class RelatedArticles
{
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
}
