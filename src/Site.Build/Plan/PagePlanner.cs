using System.Diagnostics;
using Site.Core.Diagnostics;
using Site.Core.Site;
using Site.Rendering.Feeds;
using Site.Rendering.Pages;

namespace Site.Build.Plan;

/// <summary>
/// Plans every file of the site once, as rows of a <see cref="PagePlan"/>. A new kind of page is a new
/// <see cref="PageKind"/> and a new section of rows here; the sitemap, fingerprints and output follow from the rows.
/// </summary>
internal static class PagePlanner
{
    /// <returns>The plan, or null when two rows would be written to the same file (reported).</returns>
    public static PagePlan? Plan(SiteModel site, PageRenderer renderer, FeedRenderer feeds, PageFingerprints fingerprints, ThemeAssets assets, string inputDirectory, int sitemapLimit, DiagnosticBag diagnostics, CancellationToken cancellationToken, IReadOnlyList<PlannedPage>? imageVariants = null)
    {
        var rows = new PageRows(site, renderer, feeds, fingerprints);
        (string Name, Func<IEnumerable<PlannedPage>> Make)[] sections =
        [
            ("entries", rows.Entries),
            ("listings", rows.Listings),
            ("authors", rows.Authors),
            ("fixed pages", rows.Fixed),
            ("feeds", rows.Feeds),
            ("archives", rows.Archives),
            ("redirects", () => RedirectRows.Make(site, renderer, fingerprints)),
            ("editor", () => EditorRows.Make(renderer, fingerprints)),
            ("media", () => FileRows.Media(inputDirectory, diagnostics)),
            ("assets", () => FileRows.Assets(assets)),
            ("image variants", () => imageVariants ?? []),
        ];

        // The sections are independent; a large site has tens of thousands of rows to fingerprint.
        var made = new List<PlannedPage>[sections.Length];
        var timings = new StepTiming[sections.Length];
        Parallel.For(0, sections.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var clock = Stopwatch.StartNew();
            made[i] = sections[i].Make().ToList();
            timings[i] = new StepTiming("plan " + sections[i].Name, clock.Elapsed);
        });
        var pages = made.SelectMany(section => section).ToList();

        pages.AddRange(SitemapRows.Make(site, pages.Where(p => p.Kind.IsIndexed()).ToList(), sitemapLimit, fingerprints));
        pages.Add(SitemapRows.News(site, fingerprints));
        pages.Add(SitemapRows.Robots(site, fingerprints));

        AliasClashes.Report(site, pages, diagnostics);
        foreach (var clash in pages.Where(p => p.Kind != PageKind.Redirect).GroupBy(p => p.Destination, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var sources = string.Join(" and ", clash.Select(p => p.Source ?? p.Kind.Label() + " page"));
            diagnostics.Error(new SourceLocation(clash.FirstOrDefault(p => p.Source is not null)?.Source ?? "input"), DiagnosticCode.DuplicateUrl, $"{sources} would all be written to /{clash.Key}", "change a slug or a file name so that each page has its own URL");
        }

        return diagnostics.HasErrors ? null : new PagePlan(pages, timings);
    }
}
