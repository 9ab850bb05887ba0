namespace Site.Content.FrontMatter;

/// <summary>A source file cut into its YAML front matter and its Markdown body, with the lines each starts at.</summary>
public sealed record FrontMatterBlock(string Yaml, int YamlLine, string Body, int BodyLine);
