namespace Site.Rendering.Feeds;

/// <summary>An Atom category: a stable term (the slug), the label readers show, and the scheme it belongs to.</summary>
internal sealed record AtomCategory(string Term, string Label, string Scheme);
