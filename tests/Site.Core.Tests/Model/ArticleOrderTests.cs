using Site.Core.Model;

namespace Site.Core.Tests.Model;

public sealed class ArticleOrderTests
{
    [Fact]
    public void ListsNewestFirstThenByTitleThenByFile()
    {
        var older = Articles.Make("articles/2020/old.fr.md", "fr", title: "A", date: "2020-01-01T10:00:00+01:00");
        var newerB = Articles.Make("articles/2021/b.fr.md", "fr", title: "B", date: "2021-01-01T10:00:00+01:00");
        var newerA2 = Articles.Make("articles/2021/z.fr.md", "fr", title: "A", date: "2021-01-01T10:00:00+01:00");
        var newerA1 = Articles.Make("articles/2021/y.fr.md", "fr", title: "A", date: "2021-01-01T09:00:00+00:00");

        var sorted = new[] { older, newerB, newerA2, newerA1 }.Order(ArticleOrder.NewestFirst).Select(a => a.SourcePath);

        Assert.Equal(["articles/2021/y.fr.md", "articles/2021/z.fr.md", "articles/2021/b.fr.md", "articles/2020/old.fr.md"], sorted);
    }
}
