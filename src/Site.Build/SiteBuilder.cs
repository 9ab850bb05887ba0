using Site.Build.Assembly;
using Site.Build.Output;
using Site.Build.Pipelines;
using Site.Checks;
using Site.Content.Config;
using Site.Content.Loading;
using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Pipeline;
using Site.Core.Site;
using Site.Rendering.I18n;
using Site.Rendering.Pages;
using Site.Rendering.Templates;

namespace Site.Build;

/// <summary>
/// The build, top to bottom. The steps below are listed in the order they run:
/// load → validate → assemble (URLs, translations, taxonomies) → render → check → publish.
/// </summary>
public sealed class SiteBuilder(TextWriter progress)
{
    public BuildResult Build(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        var steps = new BuildSteps(progress);
        BuildResult Fail(int exitCode, IReadOnlyList<Finding>? findings = null) => new()
        {
            ExitCode = exitCode,
            Diagnostics = diagnostics.ToSortedList(),
            Findings = findings ?? [],
            Steps = steps.Timings,
        };

        if (!OutputGuard.IsSafe(options.OutputDirectory, options.InputDirectory, options.ThemeDirectory, diagnostics))
        {
            return Fail(BuildResult.BadInput);
        }

        var config = steps.Run("load config", () => LoadConfig(options, diagnostics));
        if (config is null)
        {
            return Fail(BuildResult.BadInput);
        }

        var (templates, strings) = steps.Run("load theme", () =>
            (TemplateSet.Load(options.ThemeDirectory, diagnostics), UiStringsLoader.Load(options.ThemeDirectory, config, diagnostics)));
        var filter = new PublishFilter(options.Drafts, options.Future, options.Now);
        var articles = steps.Run("load content", () => ContentLoader.Load(options.InputDirectory, config, filter, diagnostics));
        if (diagnostics.HasErrors || templates is null)
        {
            return Fail(BuildResult.BadInput);
        }

        var images = new ImageSizes(Path.Combine(options.InputDirectory, "media"));
        var site = steps.Run("assemble site", () => SiteAssembler.Assemble(config, articles, images, diagnostics));
        if (site is null)
        {
            return Fail(BuildResult.BadInput);
        }

        var assets = ThemeAssets.Plan(options.ThemeDirectory);
        var renderer = new PageRenderer(site, templates, strings, assets.Urls);
        var documents = steps.Run("plan pages", () => Plan(site, renderer, options, assets, diagnostics, cancellationToken));
        if (documents is null)
        {
            return Fail(BuildResult.BadInput);
        }

        var output = AtomicOutput.Begin(options.OutputDirectory);
        try
        {
            var scans = steps.Run("render and write", () => OutputWriter.Write(documents, output.Staging, options.Check, cancellationToken));
            if (options.Check)
            {
                var findings = steps.Run("check links", () => Check(site, scans, documents));
                if (findings.Any(f => f.IsError))
                {
                    output.Abandon();
                    return Fail(BuildResult.SiteProblems, findings);
                }
            }

            steps.Run("publish", output.Commit);
        }
        catch
        {
            output.Abandon();
            throw;
        }

        return new BuildResult
        {
            ExitCode = BuildResult.Success,
            Diagnostics = diagnostics.ToSortedList(),
            PagesByKind = documents.GroupBy(d => d.Get<PageKind>().Name).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Steps = steps.Timings,
        };
    }

    private static SiteConfig? LoadConfig(BuildOptions options, DiagnosticBag diagnostics)
    {
        var config = SiteConfigLoader.Load(options.InputDirectory, diagnostics);
        return config is not null && options.BaseUrl is not null ? config with { BaseUrl = BaseUrls.Normalize(options.BaseUrl) } : config;
    }

    private static List<Document>? Plan(SiteModel site, PageRenderer renderer, BuildOptions options, ThemeAssets assets, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var engine = new Engine(SitePipelines.Create(site, renderer, options.InputDirectory, assets, options.SitemapLimit));
        var documents = engine.Run(diagnostics, cancellationToken).AllDocuments.ToList();
        foreach (var clash in documents.GroupBy(d => d.Destination, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var sources = string.Join(" and ", clash.Select(d => d.Source ?? d.Get<PageKind>().Name + " page"));
            diagnostics.Error(new SourceLocation(clash.First(d => d.Source is not null)?.Source ?? "input"), $"{sources} would all be written to /{clash.Key}", "change a slug or a file name so that each page has its own URL");
        }

        return diagnostics.HasErrors ? null : documents;
    }

    private static IReadOnlyList<Finding> Check(SiteModel site, IReadOnlyList<PageScan> scans, IReadOnlyList<Document> documents)
    {
        var sources = documents.Where(d => d.Source is not null).ToDictionary(d => d.Destination, d => d.Source!, StringComparer.Ordinal);
        var files = new OutputFileSet(documents.Select(d => d.Destination));
        return new LinkChecker(new CheckOptions(site.Config.BaseUrl)).CheckInternal(scans, files)
            .Select(f => sources.TryGetValue(f.Page, out var source) ? f with { SourceFile = "input/" + source } : f)
            .ToList();
    }
}
