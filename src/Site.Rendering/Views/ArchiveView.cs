namespace Site.Rendering.Views;

/// <summary>The list of a language's years (<c>/fr/archives/</c>) or of a year's months (<c>/fr/2021/</c>).</summary>
public sealed record ArchiveView
{
    public required string Heading { get; init; }

    /// <summary>How the breadcrumb trail names this page ("2021" where the heading says "Archives 2021").</summary>
    public string? Crumb { get; init; }

    /// <summary>The pages above this one (the archives, the year), from the top.</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
    public required IReadOnlyList<ArchivePeriodView> Periods { get; init; }
}
