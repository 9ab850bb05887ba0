using System.Collections.Concurrent;

using Site.Checks.Resolution;
using Site.Checks.Rules;

namespace Site.Checks.Relations;

/// <summary>Every scanned page and file of the site, and where a URL written in one of them points: the output file,
/// found the way a static host finds it (trailing slash, index.html, base URL and its path all normalised).</summary>
internal sealed class RelationContext(SiteUrls site, IOutputFiles files, IReadOnlyDictionary<string, PageScan> pages)
{
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> alternateTargets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> indexable = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> alternatesByCode = new(StringComparer.Ordinal);

    // Relations name pages by absolute URL, the same one many times (an article's URL is in its canonical, in its
    // translation's alternates, in the sitemap twice or more): each is resolved once.
    private readonly ConcurrentDictionary<string, Target> absolute = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, PageScan> Pages => pages;

    public IEnumerable<PageScan> HtmlPages => pages.Values.Where(page => page.Head is not null);

    public Target Resolve(PageScan from, PageReference reference)
    {
        string value = reference.Value;
        bool isAbsolute = value.StartsWith("https://", StringComparison.Ordinal) || value.StartsWith("http://", StringComparison.Ordinal);
        return isAbsolute ? absolute.GetOrAdd(value, _ => Find(from, reference)) : Find(from, reference);
    }

    private Target Find(PageScan from, PageReference reference)
    {
        ReferenceTarget target = site.Classify(site.DocumentBase(from.Path, from.BaseHref), reference);
        switch (target.Kind)
        {
            case TargetKind.Empty:
                return Target.Broken("the URL is empty");
            case TargetKind.Malformed:
                return Target.Broken("the URL is malformed");
            case TargetKind.OutsideBase:
                return Target.Broken($"\"{target.Location}\" is outside the site's base path \"{site.BasePath}\"");
            case TargetKind.Internal:
                string? file = TargetLookup.Find(files, target.Location, out string problem);
                return file is null
                    ? Target.Broken(problem)
                    : new Target(TargetState.Found, file, pages.GetValueOrDefault(file), "");
            default:
                return new Target(TargetState.Elsewhere, null, null, "");
        }
    }

    /// <summary>The URL the page is served at (with the base URL's path), as a sitemap should list it.</summary>
    public string UrlOf(PageScan page)
    {
        string path = page.Path.EndsWith("index.html", StringComparison.Ordinal) && (page.Path.Length == 10 || page.Path[^11] == '/')
            ? page.Path[..^10]
            : page.Path;
        WebUrl url = site.DocumentBase(path, null);
        return url.WithoutFragment;
    }

    /// <summary>The files the page's hreflang alternates point at.</summary>
    public IReadOnlySet<string> AlternateTargetsOf(PageScan page) =>
        alternateTargets.GetOrAdd(page.Path, _ => page.Head!.Alternates
            .Select(alternate => Resolve(page, alternate.Link))
            .Where(target => target.File is not null)
            .Select(target => target.File!)
            .ToHashSet(StringComparer.Ordinal));

    /// <summary>The page's alternates by code (the first of each): the file each names, or its URL when it is not a file of the site.</summary>
    public IReadOnlyDictionary<string, string> AlternatesByCode(PageScan page) =>
        alternatesByCode.GetOrAdd(page.Path, _ =>
        {
            var keyed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (HreflangLink link in page.Head!.Alternates)
            {
                keyed.TryAdd(link.Hreflang, Resolve(page, link.Link).File ?? link.Link.Value.Trim());
            }

            return keyed;
        });

    /// <summary>Neither noindex nor a redirect, and not pointing its canonical at another page or site.</summary>
    public bool IsIndexable(PageScan page) => indexable.GetOrAdd(page.Path, _ => Indexable(page));

    private bool Indexable(PageScan page)
    {
        if (page.Head is not { MayBeIndexed: true } head)
        {
            return false;
        }

        if (head.Canonicals.Count == 0)
        {
            return true;
        }

        Target canonical = Resolve(page, head.Canonicals[0]);
        return canonical.State switch
        {
            TargetState.Found => canonical.File == page.Path,
            TargetState.Elsewhere => false,
            _ => true,
        };
    }
}

internal enum TargetState
{
    Found,
    Broken,

    /// <summary>Another site, or a scheme that names no file (mailto:…): nothing to look up here.</summary>
    Elsewhere,
}

/// <summary>Where a URL points: the output file and its scan, why it points nowhere, or elsewhere.</summary>
internal readonly record struct Target(TargetState State, string? File, PageScan? Page, string Problem)
{
    public static Target Broken(string problem) => new(TargetState.Broken, null, null, problem);
}
