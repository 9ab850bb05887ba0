using Site.Build.Plan;
using Site.Checks;
using Site.Content.Markdown;
using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;
using Site.Rendering.Feeds;
using Site.Rendering.Pages;

namespace Site.Build;

/// <summary>
/// What a preview session keeps of its last successful build for <see cref="TextEdits"/>: what it loaded, the site
/// model and plan it made (with the renderers the plan's rows use), and what it reported.
/// </summary>
/// <param name="Articles">The articles as loaded (before assembly).</param>
/// <param name="Findings">The findings as the build returned them.</param>
internal sealed record PreviewBuild(
    SiteConfig Config,
    LoadedTheme Theme,
    IReadOnlyList<Article> Articles,
    SiteModel Site,
    PlanMakers Makers,
    ImageSizes Images,
    bool Check,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<KeyValuePair<string, int>> PagesByKind)
{
    /// <summary>
    /// Each entry by its input file (relative to the input folder), when it holds the article as loaded (assembly can
    /// give it another, e.g. with a translation key shared from its sibling).
    /// </summary>
    public IReadOnlyDictionary<string, Entry> EntriesBySource { get; } = Site.Entries
        .Join(Articles, e => e.Article, a => a, (e, _) => e, ReferenceEqualityComparer.Instance)
        .ToDictionary(e => e.Article.SourcePath, StringComparer.Ordinal);

    /// <summary>
    /// The pages the last build found something about other than a title or description shared with another page
    /// (which are judged from the pages' heads alone).
    /// </summary>
    public IReadOnlySet<string> PagesWithFindings { get; } = Findings
        .Where(f => f.Kind is not (FindingKind.DuplicateTitle or FindingKind.DuplicateDescription))
        .Select(f => f.Page).ToHashSet(StringComparer.Ordinal);

    public bool HasDuplicateDescriptions { get; } = Findings.Any(f => f.Kind == FindingKind.DuplicateDescription);

    public IReadOnlySet<Diagnostic> KnownDiagnostics { get; } = Diagnostics.ToHashSet();

    /// <summary>Where each input file is published, as bodies' links to other articles are resolved.</summary>
    public SourceLinkMap Links { get; } = new(Site.Entries.ToDictionary(e => e.Article.SourcePath, e => e.Path, StringComparer.Ordinal));
}

/// <summary>The renderers and fingerprints the rows of a plan were made with.</summary>
internal sealed record PlanMakers(PageRenderer Pages, FeedRenderer Feeds, PageFingerprints Fingerprints);
