using Site.Checks.Rules;

namespace Site.Checks.Relations;

/// <summary>duplicate-title and duplicate-description: two indexable pages of one language should not share them,
/// or search results cannot tell them apart.</summary>
internal static class DuplicateHeadRule
{
    public static IEnumerable<Finding> Check(RelationContext context)
    {
        List<PageScan> indexable = [.. context.HtmlPages.Where(context.IsIndexable).OrderBy(page => page.Path, StringComparer.Ordinal)];
        return Duplicates(context, indexable, head => head.Title, FindingKind.DuplicateTitle, "title")
            .Concat(Duplicates(context, indexable, head => head.Description, FindingKind.DuplicateDescription, "description"));
    }

    private static IEnumerable<Finding> Duplicates(RelationContext context, List<PageScan> pages, Func<PageHead, PageReference?> select, FindingKind kind, string what)
    {
        var first = new Dictionary<(string Language, string Text), PageScan>();
        foreach (PageScan page in pages)
        {
            if (select(page.Head!) is not { Value.Length: > 0 } value)
            {
                continue;
            }

            var key = ((page.Head!.Language ?? "").ToLowerInvariant(), value.Value);
            if (!first.TryAdd(key, page))
            {
                yield return Findings.For(page, value, kind, $"the same {what} as \"{first[key].Path}\": tell the pages apart") with { Url = context.UrlOf(first[key]) };
            }
        }
    }
}
