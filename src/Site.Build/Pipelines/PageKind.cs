namespace Site.Build.Pipelines;

/// <summary>Which kind of page a document is, for the build summary.</summary>
internal sealed record PageKind(string Name);
