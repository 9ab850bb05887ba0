namespace Site.Core.Model;

/// <summary>A section of the paper: a key used in front matter and a name per language.</summary>
public sealed record Category(string Key, LocalizedText Names);
