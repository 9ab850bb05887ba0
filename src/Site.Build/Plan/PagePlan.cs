using Site.Checks;

namespace Site.Build.Plan;

/// <summary>
/// Every file the build writes, planned once. What is rendered and written, the sitemap, the preview's fingerprints
/// and the build summary are all read from these rows, so they cannot disagree.
/// </summary>
/// <param name="sections">How long each section of rows took to plan, for profiling.</param>
internal sealed class PagePlan(IReadOnlyList<PlannedPage> pages, IReadOnlyList<StepTiming> sections)
{
    private readonly Lazy<Dictionary<string, string>> _sources = new(() => pages
        .Where(p => p.Source is not null)
        .ToDictionary(p => p.Destination, p => p.Source!, StringComparer.Ordinal));

    // Files copied as they are (media, assets): where their bytes are, for the check of what they hold.
    private readonly Lazy<Dictionary<string, string>> _copied = new(() => pages
        .Where(p => p.Content is FileContent)
        .ToDictionary(p => p.Destination, p => ((FileContent)p.Content).Path, StringComparer.Ordinal));

    public IReadOnlyList<PlannedPage> Pages { get; } = pages;

    public IReadOnlyList<StepTiming> Sections { get; } = sections;

    /// <summary>The files of the site, as the link check looks them up.</summary>
    public OutputFileSet Files => new(Pages.Select(p => p.Destination)) { Locate = _copied.Value.GetValueOrDefault };

    /// <summary>The input file a written file was made from, if any.</summary>
    public string? SourceOf(string destination) => _sources.Value.GetValueOrDefault(destination);

    /// <summary>How many files of each kind, by the singular nouns the build summary shows, articles first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> CountByKind() => Pages
        .GroupBy(p => p.Kind.Label())
        .OrderBy(g => g.Min(p => p.Kind))
        .Select(g => KeyValuePair.Create(g.Key, g.Count()))
        .ToList();
}
