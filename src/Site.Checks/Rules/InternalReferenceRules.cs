using Site.Checks.Resolution;

namespace Site.Checks.Rules;

/// <summary>Decides, for every reference of a page, whether its target exists in the output.</summary>
internal sealed class InternalReferenceRules(SiteUrls site, IOutputFiles files, IReadOnlyDictionary<string, PageScan> pages)
{
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
        ReferenceTarget target = site.Classify(documentBase, reference);
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

        string? file = TargetLookup.Find(files, target.Location, out string problem);
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
}
