namespace Site.Checks;

/// <summary>What is wrong with a reference; every kind but <see cref="Unverified"/> is an error.</summary>
public enum FindingKind
{
    BrokenLink,
    BrokenFragment,
    BrokenImage,
    MissingAlt,
    Unverified,
}
