using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;

namespace Site.Build;

/// <summary>
/// A <c>baseUrl</c> left at the example's address: feeds, canonical links and sitemaps would send readers and search
/// engines there. A warning on an author's machine; an error where the environment says the build is deployed.
/// </summary>
internal static class PlaceholderBaseUrl
{
    private static readonly string[] Placeholders = ["example.org", "example.com", "example.net"];

    public static bool IsPlaceholder(Uri baseUrl) =>
        Placeholders.Any(p => baseUrl.Host.Equals(p, StringComparison.OrdinalIgnoreCase) || baseUrl.Host.EndsWith("." + p, StringComparison.OrdinalIgnoreCase));

    /// <param name="deploymentVariable">The environment variable that says the build is a deployment, or null.</param>
    public static void Check(SiteConfig config, string? deploymentVariable, DiagnosticBag diagnostics)
    {
        if (!IsPlaceholder(config.BaseUrl))
        {
            return;
        }

        var at = config.BaseUrlAt.Line > 0 ? config.BaseUrlAt : new SourceLocation(InputLayout.ConfigFile);
        var message = $"'baseUrl' is the placeholder {config.BaseUrl}: feeds, canonical links and sitemaps will point to {config.BaseUrl.Host}";
        const string Hint = $"set 'baseUrl' in {InputLayout.Folder}/{InputLayout.ConfigFile} to the address the site is published at, or pass --base-url (README, Deploy)";
        if (deploymentVariable is null)
        {
            diagnostics.Warning(at, DiagnosticCode.PlaceholderBaseUrl, message, Hint);
        }
        else
        {
            diagnostics.Error(at, DiagnosticCode.PlaceholderBaseUrl, $"{message}, and this build is a deployment ({deploymentVariable} is set)", Hint);
        }
    }
}
