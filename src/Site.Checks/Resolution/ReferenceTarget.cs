namespace Site.Checks.Resolution;

internal enum TargetKind
{
    /// <summary>A scheme other than http(s): mailto:, tel:, data:, javascript:, ftp:…</summary>
    Ignored,
    Empty,
    Malformed,
    Internal,
    OutsideBase,
    External,
}

/// <summary>Where a reference points.</summary>
/// <remarks>
/// Location is, for an internal target, the decoded path relative to the output folder ("" is the root); for an
/// external one, the absolute URL without its fragment.
/// </remarks>
internal readonly record struct ReferenceTarget(TargetKind Kind, string Location = "", string? Fragment = null);
