using Site.Checks.Rules;

namespace Site.Checks.Relations;

/// <summary>broken-feed: an Atom file must be well-formed XML, and the link of each entry must exist.</summary>
internal static class FeedRule
{
    public static IEnumerable<Finding> Check(RelationContext context, PageScan file)
    {
        XmlScan xml = file.Xml!;
        if (xml is { Kind: XmlFileKind.Malformed, Error: { } error } && !SitemapRule.IsSitemapFile(file.Path))
        {
            yield return Findings.For(file, error, FindingKind.BrokenFeed, $"not well-formed XML: {error.Value}") with { Url = "" };
            yield break;
        }

        if (xml.Kind != XmlFileKind.Feed)
        {
            yield break;
        }

        foreach (PageReference link in xml.Links)
        {
            Target target = context.Resolve(file, link);
            if (target.State == TargetState.Broken)
            {
                yield return Findings.For(file, link, FindingKind.BrokenFeed, $"the entry's link points at nothing: {target.Problem}");
            }
        }
    }
}
