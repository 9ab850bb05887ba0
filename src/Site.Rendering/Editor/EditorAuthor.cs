namespace Site.Rendering.Editor;

/// <summary>An author the editor's form offers (site.yml <c>authors:</c>): the key written in front matter, and the name shown.</summary>
public sealed record EditorAuthor(string Key, string Name);
