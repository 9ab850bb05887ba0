using Site.Build.Assembly;
using Site.Build.Search;
using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Files;

namespace Site.Build;

/// <summary>
/// Which input file each page of a built site comes from, for <c>site check</c> of a folder built earlier: the site is
/// loaded, assembled and planned as a build would, and nothing is rendered or written.
/// </summary>
public static class PageSources
{
    /// <returns>
    /// Output path (<c>fr/2021/06/x/index.html</c>) → the input file as authors name it (<c>input/articles/…</c>); null
    /// when the input or theme has errors (the build reports them).
    /// </returns>
    public static IReadOnlyDictionary<string, string>? Of(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteSources.Config(options, session: null, changes: null, diagnostics);
        if (config is null)
        {
            return null;
        }

        var theme = SiteSources.Theme(options, config, session: null, changes: null, diagnostics);
        var articles = SiteSources.Content(options, config, session: null, changes: null, diagnostics, out _);
        if (diagnostics.HasErrors || theme.Templates is null)
        {
            return null;
        }

        var images = new ImageSizes(InputLayout.MediaPath(options.InputDirectory));
        var site = SiteAssembler.Assemble(config, articles, images, SiteBuilder.LabelsOf(theme), diagnostics, cache: null, store: null, out _);
        if (site is null)
        {
            return null;
        }

        var search = SearchSetup.Decide(config, theme.Strings, options with { RequireSearch = false }, diagnostics, out _);
        var plan = SiteBuilder.Plan(site, theme, images, options, search, diagnostics, cancellationToken);
        return plan?.Pages
            .Where(page => page.Source is not null)
            .ToDictionary(page => page.Destination, page => InputLayout.DisplayPath(options.InputDirectory, page.Source!), StringComparer.Ordinal);
    }
}
