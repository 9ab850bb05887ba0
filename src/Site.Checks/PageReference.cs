namespace Site.Checks;

/// <summary>One URL written in a page: which element and attribute, where, and whether it must be an image.</summary>
/// <remarks>Value is the attribute value with character references decoded, not resolved.</remarks>
public sealed record PageReference(
    string Element,
    string Attribute,
    string Value,
    int Line,
    int Column,
    bool IsImage);
