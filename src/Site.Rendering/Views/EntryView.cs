namespace Site.Rendering.Views;

/// <summary>An article or page as templates show it, on its own page or as a listing entry.</summary>
public sealed record EntryView
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string AbsoluteUrl { get; init; }
    public string? PrintUrl { get; init; }
    public required DateView Date { get; init; }
    public DateView? Updated { get; init; }
    /// <summary>The free-text byline (no <c>authors:</c> in site.yml).</summary>
    public string? Author { get; init; }

    /// <summary>The declared authors (site.yml <c>authors:</c>), in the page's language.</summary>
    public IReadOnlyList<AuthorView> Authors { get; init; } = [];

    /// <summary>"5 min de lecture": articles only.</summary>
    public string? ReadingTime { get; init; }
    public LinkView? Category { get; init; }
    public IReadOnlyList<LinkView> Tags { get; init; } = [];
    public ImageView? Image { get; init; }
    public required string Summary { get; init; }

    /// <summary>Rendered Markdown: the only HTML templates print raw. Set only on the view of a page that prints it
    /// (<see cref="Pages.EntryViews.WithBody"/>), empty in listings.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>The print page's body; set only on the print page's view (<see cref="Pages.EntryViews.WithPrintBody"/>).</summary>
    public string PrintBody { get; init; } = string.Empty;
    public required string Language { get; init; }
    public IReadOnlyList<SwitchView> Translations { get; init; } = [];

    /// <summary>In a preview only: <c>draft</c> or <c>scheduled</c> for an article that is not public yet; null otherwise and in every build.</summary>
    public string? Status { get; init; }
}
