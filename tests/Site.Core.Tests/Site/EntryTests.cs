using Site.Core.Model;
using Site.Core.Site;

namespace Site.Core.Tests.Site;

public sealed class EntryTests
{
    private static Article ArticleOf(int words) => new()
    {
        SourcePath = "articles/x.fr.md",
        Kind = ContentKind.Article,
        Language = "fr",
        Name = "x",
        Title = "X",
        Date = DateTimeOffset.UnixEpoch,
        Slug = "x",
        Body = string.Join(' ', Enumerable.Repeat("mot", words)),
    };

    [Fact]
    public void ReadingMinutesAreCountedFromTheTextUnlessGivenAndAgainWhenTheTextIsReplaced()
    {
        var counted = new Entry(ArticleOf(500), "fr/x/", new RenderedBody("", "", ""), category: null);
        var given = new Entry(ArticleOf(500), "fr/x/", new RenderedBody("", "", ""), category: null) { ReadingMinutes = 3 };

        Assert.Equal(3, counted.ReadingMinutes);
        Assert.Equal(3, given.ReadingMinutes);

        given.ReplaceText(ArticleOf(1000), new RenderedBody("", "", ""));

        Assert.Equal(5, given.ReadingMinutes);
    }
}
