namespace Site.Checks;

/// <summary>The kebab-case names of <see cref="FindingKind"/> used in reports and JSON.</summary>
public static class FindingKindNames
{
    public static string ToKebabCase(this FindingKind kind) => kind switch
    {
        FindingKind.BrokenLink => "broken-link",
        FindingKind.BrokenFragment => "broken-fragment",
        FindingKind.BrokenImage => "broken-image",
        FindingKind.MissingAlt => "missing-alt",
        FindingKind.Unverified => "unverified",
        FindingKind.BrokenHreflang => "broken-hreflang",
        FindingKind.BrokenCanonical => "broken-canonical",
        FindingKind.Sitemap => "sitemap",
        FindingKind.DuplicateTitle => "duplicate-title",
        FindingKind.DuplicateDescription => "duplicate-description",
        FindingKind.BrokenFeed => "broken-feed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
