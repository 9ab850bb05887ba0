namespace Site.Checks;

/// <summary>What is wrong with a reference or a relation between pages; every kind but <see cref="Unverified"/>,
/// <see cref="DuplicateTitle"/> and <see cref="DuplicateDescription"/> is an error.</summary>
public enum FindingKind
{
    BrokenLink,
    BrokenFragment,
    BrokenImage,
    MissingAlt,
    Unverified,
    BrokenHreflang,
    BrokenCanonical,
    Sitemap,
    DuplicateTitle,
    DuplicateDescription,
    BrokenFeed,
}
