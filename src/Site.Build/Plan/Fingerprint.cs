namespace Site.Build.Plan;

/// <summary>
/// A 128-bit hash of everything a page is made from; when it is the same as in the previous build of a preview
/// session, the page is not rendered again.
/// </summary>
internal sealed record Fingerprint(Hash128 Value);
