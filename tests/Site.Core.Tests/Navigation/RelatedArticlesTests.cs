using Site.Core.Navigation;

namespace Site.Core.Tests.Navigation;

public sealed class RelatedArticlesTests
{
    [Fact]
    public void RanksASharedRareTagAboveNewerArticlesSharingOnlyACommonOne()
    {
        // Given six articles, newest first: 'common' is on five (IDF log 6/5 ≈ 0.18), 'rare' and 'mid' on two (log 3 ≈ 1.10).
        var tags = new Dictionary<string, string[]>
        {
            ["a"] = ["common", "rare"],
            ["b"] = ["common"],
            ["c"] = ["common", "rare"],
            ["d"] = ["mid"],
            ["e"] = ["common", "mid"],
            ["f"] = ["common"],
        };

        // When
        var related = Rank(tags);

        // Then c scores 0.18 + 1.10; b, e and f tie at 0.18, and the newest two of them follow.
        Assert.Equal(["c", "b", "e"], related["a"]);
        Assert.Equal(["e"], related["d"]);
        Assert.Equal(["a", "b", "c"], related["f"]);
    }

    [Theory]
    [InlineData(new[] { "v", "u", "t", "x1", "x2", "x3", "x4" }, new[] { "v", "u", "x1" })]
    [InlineData(new[] { "u", "v", "t", "x1", "x2", "x3", "x4" }, new[] { "u", "v", "x1" })]
    public void BreaksTiesBetweenEqualSumsOfLogarithmsNewestFirst(string[] newestFirst, string[] expected)
    {
        // Given eight articles: p and q are on four each (IDF log 2), r on two (log 4). u shares p and q with t
        // (log 2 + log 2), v shares r (log 4): equal on paper, whatever the last bits of the sums.
        var tags = new Dictionary<string, string[]>
        {
            ["t"] = ["p", "q", "r"],
            ["u"] = ["p", "q"],
            ["v"] = ["r"],
            ["x1"] = ["p"],
            ["x2"] = ["p"],
            ["x3"] = ["q"],
            ["x4"] = ["q"],
            ["y"] = [],
        };

        // When
        var related = Rank(tags, [.. newestFirst, "y"]);

        // Then the newer of u and v comes first; the x that share one tag come after them, newest first.
        Assert.Equal(expected, related["t"]);
    }

    [Fact]
    public void GivesNoRelatedArticleWhenNoTagIsShared()
    {
        var tags = new Dictionary<string, string[]>
        {
            ["a"] = ["alone"],
            ["b"] = [],
            ["c"] = ["other"],
            ["d"] = ["other"],
        };

        var related = Rank(tags);

        Assert.Empty(related["a"]);
        Assert.Empty(related["b"]);
        Assert.Equal(["d"], related["c"]);
    }

    [Fact]
    public void CountsATagWrittenTwiceOnce()
    {
        // Given c, newer than a: x is on a and b, y on b and c (IDF log 2 each).
        var tags = new Dictionary<string, string[]>
        {
            ["c"] = ["y"],
            ["a"] = ["x", "x"],
            ["b"] = ["x", "y"],
            ["d"] = ["z"],
        };

        var related = Rank(tags);

        // Then a and c tie for b, and the newer, c, comes first: a's second x added nothing.
        Assert.Equal(["b"], related["a"]);
        Assert.Equal(["c", "a"], related["b"]);
    }

    [Fact]
    public void IsTheSameWhateverTheOrderOfAnArticlesTags()
    {
        var forward = Rank(new Dictionary<string, string[]> { ["a"] = ["p", "q", "r"], ["b"] = ["p"], ["c"] = ["q"], ["d"] = ["r"], ["e"] = ["p", "q"] });
        var backward = Rank(new Dictionary<string, string[]> { ["a"] = ["r", "q", "p"], ["b"] = ["p"], ["c"] = ["q"], ["d"] = ["r"], ["e"] = ["q", "p"] });

        // p and q are on three of five articles (log 5/3 ≈ 0.51), r on two (log 2.5 ≈ 0.92).
        Assert.Equal(forward["a"], backward["a"]);
        Assert.Equal(["e", "d", "b"], forward["a"]);
    }

    [Theory]
    [InlineData(1, 50)]
    [InlineData(2, 300)]
    [InlineData(3, 1000)]
    public void AgreesWithComparingEveryPairOnARandomCorpus(int seed, int size)
    {
        // Given articles with two to six tags drawn as a news site's are: a few very common, most rare.
        var random = new Random(seed);
        var tags = Enumerable.Range(0, size)
            .Select(_ => Enumerable.Range(0, random.Next(0, 7)).Select(_ => (int)Math.Floor(Math.Pow(60, random.NextDouble()))).ToArray())
            .ToArray();

        // When
        var related = RelatedArticles.Rank(Enumerable.Range(0, size).ToList(), i => tags[i]);

        // Then
        for (var article = 0; article < size; article++)
        {
            Assert.Equal(EveryPair(tags, article), related[article]);
        }
    }

    [Theory]
    [InlineData(4, 400, 1, 8, 6)]
    [InlineData(5, 400, 3, 8, 6)]
    [InlineData(6, 1500, 5, 8, 6)]
    [InlineData(7, 500, 3, 60, 40)]
    public void AgreesWithComparingEveryPairWhenManyScoresTie(int seed, int size, int limit, int mostTags, int vocabulary)
    {
        // Given few tags, each on about as many articles (many equal weights, so many equal scores), the same tag
        // written twice, one tag on every article (weight log 1 = 0), and with a larger vocabulary, articles with
        // more than 16 tags (ranked without the index of pairs of tags).
        var random = new Random(seed);
        var tags = Enumerable.Range(0, size)
            .Select(_ => Enumerable.Range(0, random.Next(0, mostTags + 1)).Select(_ => random.Next(vocabulary)).Append(-1).OrderBy(_ => random.Next()).ToArray())
            .ToArray();

        // When
        var related = RelatedArticles.Rank(Enumerable.Range(0, size).ToList(), i => tags[i], limit);

        // Then
        for (var article = 0; article < size; article++)
        {
            Assert.Equal(EveryPair(tags, article, limit), related[article]);
        }
    }

    [Fact]
    public void GivesNoRelatedArticleWhenAskedForNone()
    {
        var related = RelatedArticles.Rank(["a", "b"], _ => new[] { "shared" }, limit: 0);

        Assert.All(related, Assert.Empty);
    }

    /// <summary>The ranking as the specification states it, one pair at a time.</summary>
    private static List<int> EveryPair(int[][] tags, int article, int limit = RelatedArticles.Count)
    {
        var frequency = tags.SelectMany(t => t.Distinct()).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(0, tags.Length)
            .Where(other => other != article && tags[other].Intersect(tags[article]).Any())
            .Select(other => (Other: other, Score: tags[article].Distinct().Intersect(tags[other]).OrderByDescending(t => Math.Log((double)tags.Length / frequency[t])).ThenBy(t => t).Sum(t => Math.Log((double)tags.Length / frequency[t]))))
            .OrderByDescending(x => Math.Round(x.Score, 9))
            .ThenBy(x => x.Other)
            .Take(limit)
            .Select(x => x.Other)
            .ToList();
    }

    private static Dictionary<string, IReadOnlyList<string>> Rank(Dictionary<string, string[]> tags, IReadOnlyList<string>? newestFirst = null)
    {
        newestFirst ??= [.. tags.Keys];
        var related = RelatedArticles.Rank(newestFirst, a => tags[a]);
        return newestFirst.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => related[x.i]);
    }
}
