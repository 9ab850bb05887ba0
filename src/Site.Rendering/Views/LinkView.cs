namespace Site.Rendering.Views;

/// <summary>A named link as templates print it.</summary>
public sealed record LinkView(string Name, string Url);
