using Site.Core.Pagination;

namespace Site.Core.Tests.Pagination;

public sealed class PaginatorTests
{
    [Theory]
    [InlineData(0, 10, 1, 0)]
    [InlineData(1, 10, 1, 1)]
    [InlineData(10, 10, 1, 10)]
    [InlineData(11, 10, 2, 1)]
    [InlineData(20, 10, 2, 10)]
    [InlineData(21, 10, 3, 1)]
    [InlineData(5, 1, 5, 1)]
    public void CutsAtThePageSizeBoundaries(int items, int pageSize, int expectedPages, int itemsOnLastPage)
    {
        var pages = Paginator.Paginate(Enumerable.Range(0, items).ToList(), pageSize);

        Assert.Equal(expectedPages, pages.Count);
        Assert.Equal(itemsOnLastPage, pages[^1].Items.Count);
        Assert.All(pages, p => Assert.Equal(expectedPages, p.Count));
        Assert.False(pages[0].HasPrevious);
        Assert.False(pages[^1].HasNext);
        Assert.Equal(Enumerable.Range(0, items), pages.SelectMany(p => p.Items));
    }
}
