namespace Site.Core.Files;

/// <summary>The one place that names the parts of the theme folder: <c>layouts/</c>, <c>i18n/</c> and <c>assets/</c>.</summary>
public static class ThemeLayout
{
    /// <summary>The theme folder's usual name, under the current folder: the default of <c>--theme</c>.</summary>
    public const string Folder = "theme";

    /// <summary>The Liquid layouts, one <c>&lt;name&gt;.liquid</c> per kind of page.</summary>
    public const string Layouts = "layouts";

    /// <summary>The interface strings, one <c>&lt;language&gt;.yml</c> per language.</summary>
    public const string Strings = "i18n";

    /// <summary>Stylesheets, scripts and fonts copied to the site's <c>/assets/</c>.</summary>
    public const string Assets = "assets";

    /// <summary>What <c>site new</c> writes, one <c>article.&lt;language&gt;.md</c> per language (commented optional keys, an example body).</summary>
    public const string Archetypes = "archetypes";
}
