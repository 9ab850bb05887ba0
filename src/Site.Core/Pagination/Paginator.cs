namespace Site.Core.Pagination;

/// <summary>Cuts an ordered list into pages of a given size; an empty list still has one (empty) page.</summary>
public static class Paginator
{
    /// <summary>How many pages <paramref name="items"/> entries take, without making the pages.</summary>
    public static int PageCount(int items, int pageSize) => Math.Max(1, (items + pageSize - 1) / pageSize);

    public static IReadOnlyList<ListingPage<T>> Paginate<T>(IReadOnlyList<T> items, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var count = PageCount(items.Count, pageSize);
        var pages = new List<ListingPage<T>>(count);
        for (var number = 1; number <= count; number++)
        {
            var start = (number - 1) * pageSize;
            var slice = new List<T>(Math.Min(pageSize, Math.Max(0, items.Count - start)));
            for (var i = start; i < items.Count && i < start + pageSize; i++)
            {
                slice.Add(items[i]);
            }

            pages.Add(new ListingPage<T>(number, count, slice));
        }

        return pages;
    }
}
