namespace Site.Content.Authoring;

/// <summary>A new source file to write: its path relative to the input folder and its text.</summary>
public sealed record NewArticle(string RelativePath, string Text);
