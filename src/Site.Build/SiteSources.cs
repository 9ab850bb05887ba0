using Site.Content.Config;
using Site.Content.Loading;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Rendering.I18n;
using Site.Rendering.Templates;

namespace Site.Build;

/// <summary>Loads the configuration, the theme and the content, from the preview session's caches when there is one.</summary>
internal static class SiteSources
{
    /// <param name="changes">Files the watcher reported as changed (full paths): read again whatever their size and time say.</param>
    public static SiteConfig? Config(BuildOptions options, BuildSession? session, IReadOnlySet<string>? changes, DiagnosticBag diagnostics)
    {
        SiteConfig? Load(DiagnosticBag bag)
        {
            var config = SiteConfigLoader.Load(options.InputDirectory, bag);
            if (config is not null && options.BaseUrl is null && options.CheckPlaceholderBaseUrl)
            {
                PlaceholderBaseUrl.Check(config, options.DeploymentVariable, bag);
            }

            return config is not null && options.BaseUrl is not null ? config with { BaseUrl = BaseUrls.Normalize(options.BaseUrl) } : config;
        }

        return session is null ? Load(diagnostics) : session.Config(options.InputDirectory, changes, Load, diagnostics);
    }

    /// <param name="early">The layouts being parsed since the build started (<see cref="EarlyTemplates"/>), if any.</param>
    public static LoadedTheme Theme(BuildOptions options, SiteConfig config, BuildSession? session, IReadOnlySet<string>? changes, DiagnosticBag diagnostics, EarlyTemplates? early = null)
    {
        LoadedTheme Load(DiagnosticBag bag)
        {
            var strings = UiStringsLoader.Load(options.ThemeDirectory, config, bag);
            return new(early is null ? TemplateSet.Load(options.ThemeDirectory, bag) : early.Take(bag), strings);
        }

        return session is null ? Load(diagnostics) : session.Theme(options.ThemeDirectory, options.InputDirectory, changes, Load, diagnostics);
    }

    /// <param name="nextPublication">The date of the earliest article held back because it is dated in the future, if any.</param>
    /// <param name="parsed">Articles parsed by earlier builds, from the build cache, if any.</param>
    public static IReadOnlyList<Article> Content(BuildOptions options, SiteConfig config, BuildSession? session, IReadOnlySet<string>? changes, DiagnosticBag diagnostics, out DateTimeOffset? nextPublication, IParsedArticles? parsed = null)
    {
        var filter = new PublishFilter(options.Drafts, options.Future, options.Now);
        var dated = filter with { Future = true };
        var articles = ContentLoader.Load(
            options.InputDirectory,
            config,
            dated,
            diagnostics,
            session?.Content,
            BuildSession.Inside(changes, options.InputDirectory),
            parsed);
        nextPublication = articles.Where(a => !filter.Publishes(a)).Select(a => (DateTimeOffset?)a.Date).Min();
        return articles.Count(filter.Publishes) == articles.Count ? articles : articles.Where(filter.Publishes).ToList();
    }
}
