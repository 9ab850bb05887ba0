namespace Site.Core.Navigation;

public static partial class RelatedArticles
{
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
}
