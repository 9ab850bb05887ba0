using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;
using Site.Core.Slugs;
using Site.Rendering.I18n;
using Site.Rendering.Search;

namespace Site.Build.Search;

/// <summary>
/// Decides, before anything is planned, whether the site gets search pages and whether Pagefind will index it: pages
/// and header links exist only when the index will be there for them (or, in a preview, when they say it is not).
/// </summary>
internal static class SearchSetup
{
    private const string Hint = "run 'npm ci' at the repository root to install Pagefind (package.json pins its version), or set PAGEFIND to its binary";

    /// <param name="pagefind">The binary to run once the site is rendered and checked; null when none is to run.</param>
    public static SearchMode Decide(SiteConfig config, IReadOnlyDictionary<string, UiStrings> strings, BuildOptions options, DiagnosticBag diagnostics, out string? pagefind)
    {
        pagefind = null;
        if (!config.Search || !HasSegments(config, strings, options.ThemeDirectory, diagnostics))
        {
            return SearchMode.Off;
        }

        if (!options.IndexSearch)
        {
            return SearchMode.NotIndexed;
        }

        var named = options.Pagefind ?? Environment.GetEnvironmentVariable(PagefindLocator.EnvironmentVariable);
        pagefind = PagefindLocator.Find(options.InputDirectory, named);
        if (pagefind is not null)
        {
            return SearchMode.Indexed;
        }

        var missing = string.IsNullOrEmpty(named)
            ? "there is no node_modules/.bin/pagefind in the input folder or its parents"
            : $"{PagefindLocator.EnvironmentVariable} names '{named}', which does not exist";
        var at = new SourceLocation(InputLayout.ConfigFile);
        if (options.RequireSearch)
        {
            diagnostics.Error(at, DiagnosticCode.SearchUnavailable, $"'search: true' needs Pagefind, which is not installed ({missing}); nothing was published", Hint);
        }
        else
        {
            diagnostics.Warning(at, DiagnosticCode.SearchUnavailable, $"Pagefind is not installed ({missing}): the site is built without search pages", Hint);
        }

        return SearchMode.Off;
    }

    /// <summary>Each language's <c>search_path</c> becomes a folder of the site, so it must be a slug.</summary>
    private static bool HasSegments(SiteConfig config, IReadOnlyDictionary<string, UiStrings> strings, string themeDirectory, DiagnosticBag diagnostics)
    {
        var theme = SourceTree.Theme(themeDirectory);
        var valid = true;
        foreach (var language in config.Languages)
        {
            if (!strings.TryGetValue(language.Code, out var texts))
            {
                return false; // The loader reported the missing file.
            }

            var segment = texts.Values.GetValueOrDefault(SearchPagePaths.SegmentKey);
            if (segment is null || segment.Length == 0 || Slugifier.Slugify(segment) != segment)
            {
                diagnostics.Error(
                    new SourceLocation(theme.DisplayPath($"{ThemeLayout.Strings}/{language.Code}.yml")),
                    DiagnosticCode.InvalidSearchPath,
                    $"'{SearchPagePaths.SegmentKey}' must be the folder name of the search page, in lower-case letters, digits and dashes, not '{segment}'",
                    $"write, for example, '{SearchPagePaths.SegmentKey}: search'");
                valid = false;
            }
        }

        return valid;
    }
}
