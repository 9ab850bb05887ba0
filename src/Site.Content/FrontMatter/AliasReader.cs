using System.Text.RegularExpressions;

using Site.Content.Yaml;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;

namespace Site.Content.FrontMatter;

/// <summary>
/// Reads front matter <c>aliases</c>: old addresses of the article, written as site paths without the base path
/// (<c>/fr/2021/09/ancien-titre/</c>). Each must be a path the build can write a redirect page at; whether it
/// clashes with another page is decided once every page is planned.
/// </summary>
internal static partial class AliasReader
{
    private const string Example = "/fr/2021/09/ancien-titre/";

    // Folders the build fills with files of its own: a redirect page there would shadow or be shadowed by one.
    private static readonly string[] ReservedFolders = [InputLayout.Media, ThemeLayout.Assets, "admin"];

    public static IReadOnlyList<Alias> Read(YamlMap map)
    {
        var written = map.LocatedStringList(FrontMatterKey.Aliases.Name);
        if (written is null)
        {
            return [];
        }

        var aliases = new List<Alias>(written.Count);
        foreach (var (value, at) in written)
        {
            if (Problem(value) is { } problem)
            {
                map.Diagnostics.Error(at, DiagnosticCode.InvalidAlias, $"the alias '{value}' {problem.Message}", problem.Hint);
            }
            else
            {
                aliases.Add(new Alias(value[1..], at));
            }
        }

        return aliases;
    }

    private static (string Message, string Hint)? Problem(string alias)
    {
        const string PathHint = $"write the old address's path only, starting with '/', such as '{Example}'";
        if (Scheme().IsMatch(alias) || alias.StartsWith("//", StringComparison.Ordinal))
        {
            return ("is a full address, not a path of this site", PathHint);
        }

        if (!alias.StartsWith('/'))
        {
            return ("does not start with '/'", PathHint);
        }

        if (alias.Contains('?'))
        {
            return ("has a query ('?…')", "a redirect page answers a path only: remove everything from the '?'");
        }

        if (alias.Contains('#'))
        {
            return ("has a fragment ('#…')", "a redirect page answers a path only: remove everything from the '#'");
        }

        var segments = alias[1..].Split('/');
        if (segments.Any(s => s is "." or ".."))
        {
            return ("has a '.' or '..' segment", $"write the path as readers saw it, such as '{Example}'");
        }

        if (segments[0] is var first && ReservedFolders.Contains(first, StringComparer.OrdinalIgnoreCase) && segments.Length > 1)
        {
            return ($"points into '/{first}/', which holds the site's own files", "an alias can only replace the address of an article or a page");
        }

        if (!alias.EndsWith('/') && !alias.EndsWith(".html", StringComparison.Ordinal))
        {
            return ("does not end with '/'", $"end it with '/', such as '{alias}/' (hosts send '{alias}' there)");
        }

        if (!SafePath().IsMatch(alias))
        {
            return ("has a character that can't be part of a file name here", "use letters, digits, '-', '_', '.' and '~' between the slashes, with no empty segment");
        }

        return null;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^/([A-Za-z0-9._~-]+/)*([A-Za-z0-9._~-]+\.html)?\z")]
    private static partial Regex SafePath();
}
