namespace Site.Checks;

/// <summary>One problem with one reference of one page, located by line and column.</summary>
/// <remarks>
/// Page is relative to the output folder, with forward slashes; Url is the attribute value as the page has it
/// (character references decoded, not resolved; one candidate of a srcset).
/// </remarks>
public sealed record Finding(
    string Page,
    int Line,
    int Column,
    string Element,
    string Url,
    FindingKind Kind,
    string Message)
{
    /// <summary>The source file (article) the page was made from, when the build knows it.</summary>
    public string? SourceFile { get; init; }

    public bool IsError => Kind is not (FindingKind.Unverified or FindingKind.DuplicateTitle or FindingKind.DuplicateDescription);
}
