namespace Site.Rendering.Views;

/// <summary>A language of the site as the root page offers it, with its own UI strings.</summary>
public sealed record LanguageView(string Code, string Name, string Url, IReadOnlyDictionary<string, string> T);
