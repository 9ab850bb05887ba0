using Site.Checks.External;
using Site.Checks.Relations;
using Site.Checks.Resolution;
using Site.Checks.Rules;

namespace Site.Checks;

/// <summary>Decides which references of scanned pages are broken, against the output or by asking servers.</summary>
public sealed class LinkChecker(CheckOptions options)
{
    private readonly SiteUrls site = new(options.BaseUrl);

    /// <summary>Checks every reference within the site, the fragments they name, and img alt attributes.</summary>
    /// <returns>Findings ordered by page, line, column.</returns>
    public IReadOnlyList<Finding> CheckInternal(IReadOnlyList<PageScan> pages, IOutputFiles files) => CheckInternal(pages, pages, files);

    /// <summary>Checks the references of <paramref name="pages"/> only, looking fragments up in <paramref name="allPages"/>:
    /// what a rebuild of a few pages needs.</summary>
    /// <returns>Findings ordered by page, line, column.</returns>
    public IReadOnlyList<Finding> CheckInternal(IReadOnlyList<PageScan> pages, IReadOnlyList<PageScan> allPages, IOutputFiles files)
    {
        var byPath = new Dictionary<string, PageScan>(StringComparer.Ordinal);
        foreach (PageScan page in allPages)
        {
            byPath.TryAdd(page.Path, page);
        }

        return CheckInternal(pages, byPath, files);
    }

    /// <summary>As above, with every page already keyed by its path: what a preview keeps between rebuilds.</summary>
    /// <remarks>The relations between pages (hreflang, canonical, sitemaps, feeds, duplicate titles) are judged over
    /// <paramref name="allPages"/>, whichever pages changed.</remarks>
    /// <returns>Findings ordered by page, line, column.</returns>
    public IReadOnlyList<Finding> CheckInternal(IReadOnlyList<PageScan> pages, IReadOnlyDictionary<string, PageScan> allPages, IOutputFiles files)
    {
        // The relations are judged beside the references: parts of them go one page after the other.
        var relations = OwnThread.Start(() => RelationRules.Check(site, files, allPages));
        var rules = new InternalReferenceRules(site, files, allPages);
        IEnumerable<Finding> references = pages.AsParallel().AsOrdered().SelectMany(rules.Check).ToList();
        return Findings.Sorted(references.Concat(relations.GetAwaiter().GetResult()));
    }

    /// <summary>
    /// Checks the references of <paramref name="pages"/> only, without judging the relations between pages: for a
    /// preview whose rebuilt pages have the same heads, feeds and sitemaps as before, so that those relations are
    /// judged as the last time.
    /// </summary>
    /// <returns>Findings ordered by page, line, column.</returns>
    public IReadOnlyList<Finding> CheckReferences(IReadOnlyList<PageScan> pages, IReadOnlyDictionary<string, PageScan> allPages, IOutputFiles files) =>
        CheckReferences(pages, allPages, files, relations: []);

    /// <summary>
    /// Checks the references of <paramref name="pages"/> only, and takes the relations between pages as judged before
    /// (<paramref name="relations"/>): for a build whose pages relate to one another as they did at the last check.
    /// </summary>
    /// <param name="retitled">
    /// The pages whose titles or descriptions changed, and nothing else the relations read, each with its scan before:
    /// duplicate titles and descriptions are judged again for the pages that shared or share them.
    /// </param>
    /// <returns>Findings ordered by page, line, column; of equal places, references first, as <see cref="CheckInternal(IReadOnlyList{PageScan}, IReadOnlyDictionary{string, PageScan}, IOutputFiles)"/> orders them.</returns>
    public IReadOnlyList<Finding> CheckReferences(IReadOnlyList<PageScan> pages, IReadOnlyDictionary<string, PageScan> allPages, IOutputFiles files, IEnumerable<Finding> relations, IReadOnlyList<(PageScan Before, PageScan Now)>? retitled = null)
    {
        var judged = retitled is { Count: > 0 } ? RelationRules.Retitled(site, files, allPages, relations, retitled) : relations;
        var rules = new InternalReferenceRules(site, files, allPages);
        IEnumerable<Finding> references = pages.AsParallel().AsOrdered().SelectMany(rules.Check).ToList();
        return Findings.Sorted(references.Concat(judged));
    }

    /// <summary>Requests every http(s) URL outside the site once; 404 and 410 are broken, what cannot be
    /// confirmed either way (429, 5xx, time-out, no connection) is unverified.</summary>
    /// <returns>Findings ordered by page, line, column.</returns>
    public async Task<IReadOnlyList<Finding>> CheckExternalAsync(IReadOnlyList<PageScan> pages, CancellationToken ct)
    {
        var findings = new List<Finding>();
        var requests = new List<(PageScan Page, PageReference Reference, Uri Url)>();
        foreach (PageScan page in pages)
        {
            WebUrl documentBase = site.DocumentBase(page.Path, page.BaseHref);
            foreach (PageReference reference in page.References)
            {
                ReferenceTarget target = site.Classify(documentBase, reference);
                if (target.Kind != TargetKind.External)
                {
                    continue;
                }

                if (Uri.TryCreate(target.Location, UriKind.Absolute, out Uri? url))
                {
                    requests.Add((page, reference, url));
                }
                else
                {
                    findings.Add(Findings.Broken(page, reference, "the URL is malformed"));
                }
            }
        }

        if (requests.Count == 0)
        {
            return Findings.Sorted(findings);
        }

        using var checker = new ExternalLinkChecker(ExternalCheckSettings.From(options));
        IReadOnlyDictionary<string, LinkStatus> statuses = await checker.CheckAllAsync(requests.Select(r => r.Url), ct);
        foreach ((PageScan page, PageReference reference, Uri url) in requests)
        {
            LinkStatus status = statuses[url.AbsoluteUri];
            switch (status.Verdict)
            {
                case LinkVerdict.Broken:
                    findings.Add(Findings.Broken(page, reference, status.Message));
                    break;
                case LinkVerdict.Unverified:
                    findings.Add(Findings.For(page, reference, FindingKind.Unverified, status.Message));
                    break;
            }
        }

        return Findings.Sorted(findings);
    }
}
