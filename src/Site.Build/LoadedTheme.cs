using Site.Rendering.I18n;
using Site.Rendering.Templates;

namespace Site.Build;

/// <summary>The theme's layouts (null when they have errors) and its interface strings in each language.</summary>
internal sealed record LoadedTheme(TemplateSet? Templates, IReadOnlyDictionary<string, UiStrings> Strings);
