namespace Site.Core.Pagination;

/// <summary>One page of a paginated listing: its 1-based number, the count of pages, and its entries.</summary>
public sealed record ListingPage<T>(int Number, int Count, IReadOnlyList<T> Items)
{
    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < Count;
}
