namespace Site.Rendering.Views;

/// <summary>The links at the end of an article: previous and next, more in its category, related, its month's archive.</summary>
public sealed record ArticleEndView
{
    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }

    /// <summary>The heading of <see cref="MoreInCategory"/>, naming the category where the language does.</summary>
    public required string MoreInCategoryHeading { get; init; }
    public IReadOnlyList<LinkView> MoreInCategory { get; init; } = [];
    public IReadOnlyList<LinkView> Related { get; init; } = [];
    public LinkView? Month { get; init; }
    public required string ArchivesUrl { get; init; }
}
