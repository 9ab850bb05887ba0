namespace Site.Core.Navigation;

public static partial class RelatedArticles
{
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
