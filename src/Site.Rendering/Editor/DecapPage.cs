using Site.Core.Model;
using Site.Rendering.I18n;
using Site.Rendering.Templates;

namespace Site.Rendering.Editor;

/// <summary>
/// Writes <c>/admin/index.html</c>, the page that loads the web editor (Decap CMS) at a pinned version, checked by
/// its hash, under a Content-Security-Policy of its own: Decap's script comes from its CDN and styles itself inline,
/// which the site's pages allow neither.
/// </summary>
public static class DecapPage
{
    public const string Version = "3.16.3";

    /// <summary>The origin the script is loaded from, the only one besides the site's that may run code on the page.</summary>
    public const string ScriptOrigin = "https://unpkg.com";

    public const string ScriptUrl = $"{ScriptOrigin}/decap-cms@{Version}/dist/decap-cms.js";

    /// <summary>The SHA-384 of <see cref="ScriptUrl"/> (the file <c>dist/decap-cms.js</c> of the npm package): a changed file is not run.</summary>
    public const string ScriptIntegrity = "sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p";

    public static string Write(SiteConfig config, UiStrings strings)
    {
        var title = Encode($"{config.Title[config.DefaultLanguage]} – {strings[EditorStrings.Heading]}");
        return $"""
            <!DOCTYPE html>
            <html lang="{Encode(config.DefaultLanguage)}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{SecurityPolicy(config.Editor)}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>{title}</title>
            </head>
            <body>
            <noscript><p>{Encode(strings[EditorStrings.NoScript])}</p></noscript>
            <script src="{ScriptUrl}" integrity="{ScriptIntegrity}" crossorigin="anonymous"></script>
            </body>
            </html>

            """;
    }

    /// <summary>
    /// Written as it is in the page (it has no character to escape in an attribute). Decap compiles its configuration's schema at run time (<c>unsafe-eval</c>), styles itself inline, shows
    /// uploaded images as <c>blob:</c> URLs, and talks to its backend: the site itself for Git Gateway
    /// (<c>/.netlify/</c>), GitHub's API for GitHub.
    /// </summary>
    public static string SecurityPolicy(EditorSettings editor)
    {
        var backend = editor.Backend == EditorSettings.GitHub ? "'self' https://api.github.com" : "'self'";
        return $"default-src 'self'; script-src 'self' {ScriptOrigin} 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + $"img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; connect-src {backend}; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'";
    }

    private static string Encode(string text) => MinimalHtmlEncoder.Instance.Encode(text);
}
