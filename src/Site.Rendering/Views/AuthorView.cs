namespace Site.Rendering.Views;

/// <summary>An author as a byline names them: a person links to their page, an organization does not.</summary>
public sealed record AuthorView(string Name, string? Url, string? AbsoluteUrl, bool IsOrganization);
