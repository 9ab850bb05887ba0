using System.Collections.Concurrent;

using Site.Checks.Resolution;

namespace Site.Checks.Rules;

/// <summary>Decides, for every reference of a page, whether its target exists in the output.</summary>
internal sealed class InternalReferenceRules(SiteUrls site, IOutputFiles files, IReadOnlyDictionary<string, PageScan> pages)
{
    private readonly ConcurrentDictionary<string, Resolved> resolvedPaths = new(ReferenceEqualityComparer.Instance);

    public IEnumerable<Finding> Check(PageScan page)
    {
        WebUrl documentBase = site.DocumentBase(page.Path, page.BaseHref);
        foreach (PageReference reference in page.References)
        {
            if (Check(page, documentBase, reference) is { } finding)
            {
                yield return finding;
            }
        }

        foreach (PageReference image in page.ImagesWithoutAlt)
        {
            yield return Findings.For(
                page,
                image,
                FindingKind.MissingAlt,
                "the image has no alt attribute: describe it, or write alt=\"\" if it is decorative");
        }
    }

    private Finding? Check(PageScan page, WebUrl documentBase, PageReference reference)
    {
        (ReferenceTarget target, string? file, string problem) = Resolve(page, documentBase, reference);
        switch (target.Kind)
        {
            case TargetKind.Empty:
                return Findings.Broken(page, reference, "the URL is empty");
            case TargetKind.Malformed:
                return Findings.Broken(page, reference, "the URL is malformed");
            case TargetKind.OutsideBase:
                return Findings.Broken(
                    page,
                    reference,
                    $"\"{target.Location}\" is outside the site's base path \"{site.BasePath}\"");
            case TargetKind.Internal:
                break;
            default:
                return null;
        }

        if (file is null)
        {
            return Findings.Broken(page, reference, problem);
        }

        if (ImageContentRule.Check(page, reference, file, files) is { } notAnImage)
        {
            return notAnImage;
        }

        return FragmentExists(file, target.Fragment)
            ? null
            : Findings.For(
                page,
                reference,
                FindingKind.BrokenFragment,
                $"\"{file}\" has no id or a[name] \"{target.Fragment}\"");
    }

    /// <summary>Where a reference points and, inside the site, the file that serves it.</summary>
    private Resolved Resolve(PageScan page, WebUrl documentBase, PageReference reference)
    {
        // A root-relative URL ("/fr/", "/assets/site.css") points to the same place from every page without a base
        // href: the site's navigation repeats a few thousand of them on every page, so each is resolved once. Scans
        // share their URL strings, so they are told apart by reference; an equal copy is only resolved again.
        if (page.BaseHref is null && IsRootRelative(reference.Value))
        {
            return resolvedPaths.GetOrAdd(reference.Value, static (_, state) => state.Rules.ResolveNow(state.Base, state.Reference), (Rules: this, Base: documentBase, Reference: reference));
        }

        return ResolveNow(documentBase, reference);
    }

    private Resolved ResolveNow(WebUrl documentBase, PageReference reference)
    {
        ReferenceTarget target = site.Classify(documentBase, reference);
        if (target.Kind != TargetKind.Internal)
        {
            return new Resolved(target, null, "");
        }

        string? file = TargetLookup.Find(files, target.Location, out string problem);
        return new Resolved(target, file, problem);
    }

    // One slash, then no slash or backslash (which browsers read as a slash: "/\\host" is another host).
    private static bool IsRootRelative(string value) =>
        value.Length > 1 && value[0] == '/' && value[1] != '/' && !value.Contains('\\');

    private bool FragmentExists(string file, string? fragment)
    {
        // A bare # and #top scroll to the top in every browser; a fragment on a non-HTML file is the viewer's.
        if (string.IsNullOrEmpty(fragment) || fragment.Equals("top", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!pages.TryGetValue(RedirectFollowing.Follow(site, files, pages, file), out PageScan? target) || target.Head is null)
        {
            return true;
        }

        return target.Anchors.Contains(fragment) || target.Anchors.Contains(PercentDecoding.Decode(fragment));
    }

    private readonly record struct Resolved(ReferenceTarget Target, string? File, string Problem);
}
