using Site.Checks.Rules;

namespace Site.Checks.Relations;

/// <summary>broken-canonical: one absolute canonical per page, naming a page that exists, is not a redirect and is
/// not noindex (a noindex page, such as a print page, may point at its indexable original).</summary>
internal static class CanonicalRule
{
    public static IEnumerable<Finding> Check(RelationContext context, PageScan page)
    {
        IReadOnlyList<PageReference> canonicals = page.Head!.Canonicals;
        for (int i = 1; i < canonicals.Count; i++)
        {
            yield return Broken(page, canonicals[i], $"a second canonical link (line {canonicals[0].Line} has one): keep one");
        }

        if (canonicals.Count == 0)
        {
            yield break;
        }

        PageReference canonical = canonicals[0];
        if (!IsAbsolute(canonical.Value))
        {
            yield return Broken(page, canonical, "the canonical URL is relative: write it absolute, with the site's base URL (https://…)");
            yield break;
        }

        Target target = context.Resolve(page, canonical);
        if (target.State == TargetState.Broken)
        {
            yield return Broken(page, canonical, target.Problem);
        }
        else if (target.State == TargetState.Found && target.File != page.Path && target.Page?.Head is { } head)
        {
            if (head.IsRedirect)
            {
                yield return Broken(page, canonical, $"\"{target.File}\" is a redirect page: name the page it redirects to");
            }
            else if (head.Noindex)
            {
                yield return Broken(page, canonical, $"\"{target.File}\" is noindex: a canonical must name a page search engines may list");
            }
        }
    }

    private static bool IsAbsolute(string url)
    {
        string trimmed = url.Trim();
        return trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
    }

    private static Finding Broken(PageScan page, PageReference canonical, string message) =>
        Findings.For(page, canonical, FindingKind.BrokenCanonical, message);
}
