using Site.Core.Site;

namespace Site.Core.Navigation;

/// <summary>A category's block on the front page: the category and its newest articles not shown above it (perhaps none).</summary>
public sealed record FrontPageSection(CategoryListing Category, IReadOnlyList<Entry> Entries);
