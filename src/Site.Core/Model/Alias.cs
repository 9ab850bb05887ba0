using Site.Core.Diagnostics;

namespace Site.Core.Model;

/// <summary>
/// An old address of an article or page (front matter <c>aliases</c>), as a site path without the base path
/// (<c>fr/2021/09/ancien-titre/</c>), and where it is written, for the errors found once every page is known.
/// </summary>
public sealed record Alias(string Path, SourceLocation At);
