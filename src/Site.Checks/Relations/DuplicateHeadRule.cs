using Site.Checks.Rules;

namespace Site.Checks.Relations;

/// <summary>duplicate-title and duplicate-description: two indexable pages of one language should not share them,
/// or search results cannot tell them apart.</summary>
internal static class DuplicateHeadRule
{
    public static IEnumerable<Finding> Check(RelationContext context)
    {
        List<PageScan> indexable = [.. context.HtmlPages.Where(context.IsIndexable).OrderBy(page => page.Path, StringComparer.Ordinal)];
        return Duplicates(context, indexable, Title, FindingKind.DuplicateTitle, "title")
            .Concat(Duplicates(context, indexable, Description, FindingKind.DuplicateDescription, "description"));
    }

    /// <summary>
    /// The findings about the pages whose title is one of <paramref name="titles"/>, or whose description is one of
    /// <paramref name="descriptions"/> (by language and text, <see cref="KeyOf"/>): each such group of pages judged
    /// whole, as <see cref="Check(RelationContext)"/> judges it, and no other page looked at further.
    /// </summary>
    public static IEnumerable<Finding> Check(RelationContext context, IReadOnlySet<(string Language, string Text)> titles, IReadOnlySet<(string Language, string Text)> descriptions)
    {
        List<PageScan> Among(Func<PageHead, PageReference?> select, IReadOnlySet<(string, string)> keys) =>
            [.. context.HtmlPages.Where(page => KeyOf(page, select) is { } key && keys.Contains(key)).Where(context.IsIndexable).OrderBy(page => page.Path, StringComparer.Ordinal)];

        return Duplicates(context, Among(Title, titles), Title, FindingKind.DuplicateTitle, "title")
            .Concat(Duplicates(context, Among(Description, descriptions), Description, FindingKind.DuplicateDescription, "description"));
    }

    /// <summary>What two pages must share for one to duplicate the other's title or description: language and text.</summary>
    public static (string Language, string Text)? KeyOf(PageScan page, Func<PageHead, PageReference?> select) =>
        page.Head is { } head && select(head) is { Value.Length: > 0 } value ? ((head.Language ?? "").ToLowerInvariant(), value.Value) : null;

    public static PageReference? Title(PageHead head) => head.Title;

    public static PageReference? Description(PageHead head) => head.Description;

    private static IEnumerable<Finding> Duplicates(RelationContext context, List<PageScan> pages, Func<PageHead, PageReference?> select, FindingKind kind, string what)
    {
        var first = new Dictionary<(string Language, string Text), PageScan>();
        foreach (PageScan page in pages)
        {
            if (KeyOf(page, select) is not { } key)
            {
                continue;
            }

            var value = select(page.Head!)!;
            if (!first.TryAdd(key, page))
            {
                yield return Findings.For(page, value, kind, $"the same {what} as \"{first[key].Path}\": tell the pages apart") with { Url = context.UrlOf(first[key]) };
            }
        }
    }
}
