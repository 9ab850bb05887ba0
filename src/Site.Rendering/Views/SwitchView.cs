namespace Site.Rendering.Views;

/// <summary>A link of the language switcher: to the page's translation, or to that language's fallback page.</summary>
public sealed record SwitchView(string Language, string Name, string Url, bool IsTranslation);
