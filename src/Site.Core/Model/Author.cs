namespace Site.Core.Model;

/// <summary>An author declared in <c>site.yml</c> <c>authors:</c>: a key used in front matter, a name and a bio per language.</summary>
/// <param name="Bio">The bio per language; a language may have none.</param>
/// <param name="IsOrganization">A newsroom byline (<c>organization: true</c>): no author page, JSON-LD <c>Organization</c>.</param>
public sealed record Author(string Key, LocalizedText Name, LocalizedText Bio, bool IsOrganization);
