namespace Site.Core.Site;

/// <summary>An article body rendered to HTML: for the web page, for the print page, and its summary as plain text.</summary>
public sealed record RenderedBody(string Html, string PrintHtml, string Summary);
