using Site.Build.Assembly;
using Site.Build.Caching;
using Site.Build.Output;
using Site.Build.Plan;
using Site.Checks;
using Site.Content.Config;
using Site.Content.Loading;
using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;
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
    public BuildResult Build(BuildOptions options, CancellationToken cancellationToken = default) => Build(options, session: null, cancellationToken);

    /// <param name="session">
    /// For previews: what earlier builds left to reuse. The output folder is then updated in place with the pages
    /// that changed, instead of being replaced whole.
    /// </param>
    public BuildResult Build(BuildOptions options, BuildSession? session, CancellationToken cancellationToken = default)
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

        var output = OutputGuard.SafeOutput(options.OutputDirectory, options.InputDirectory, options.ThemeDirectory, diagnostics);
        var cache = output is null || options.CacheDirectory is null ? null : OutputGuard.SafeCache(options.CacheDirectory, output, options.InputDirectory, options.ThemeDirectory, diagnostics);
        if (output is null || (options.CacheDirectory is not null && cache is null))
        {
            return Fail(BuildResult.BadInput);
        }

        if (session is null)
        {
            // The build writes where the guard looked, not where a link swapped since might lead.
            options = options with { OutputDirectory = output, CacheDirectory = cache };
        }

        OutputLock? held = null;
        try
        {
            // A preview writes a folder of its own; a build waits for another writing the same output.
            held = session is null ? OutputLock.Acquire(output, options.LockPatience, progress, diagnostics) : null;
            if (session is null && held is null)
            {
                return Fail(BuildResult.BadInput);
            }

            // Even a build that fails below must not leave the site missing after one killed in the middle of a swap.
            AtomicOutput.Recover(options.OutputDirectory);
            return Run(options, session, diagnostics, steps, Fail, cancellationToken);
        }
        catch (Exception e) when (session is null && WriteFailures.Report(e, diagnostics))
        {
            return Fail(BuildResult.BadInput);
        }
        finally
        {
            held?.Dispose();
        }
    }

    private BuildResult Run(BuildOptions options, BuildSession? session, DiagnosticBag diagnostics, BuildSteps steps, Func<int, IReadOnlyList<Finding>?, BuildResult> fail, CancellationToken cancellationToken)
    {
        BuildResult Fail(int exitCode, IReadOnlyList<Finding>? findings = null) => fail(exitCode, findings);

        // What the file watcher reported is read again, whatever its size and time say (an edit can keep both).
        var changes = session?.TakeChanges();
        var config = steps.Run("load config", () => LoadConfig(options, session, changes, diagnostics));
        if (config is null)
        {
            return Fail(BuildResult.BadInput);
        }

        var (templates, strings) = steps.Run("load theme", () => LoadTheme(options, config, session, changes, diagnostics));
        var filter = new PublishFilter(options.Drafts, options.Future, options.Now);
        var articles = steps.Run("load content", () => ContentLoader.Load(options.InputDirectory, config, filter, diagnostics, session?.Content, BuildSession.Inside(changes, options.InputDirectory)));
        if (diagnostics.HasErrors || templates is null)
        {
            return Fail(BuildResult.BadInput);
        }

        var images = new ImageSizes(Path.Combine(options.InputDirectory, "media"));
        var store = session is null && options.CacheDirectory is not null ? new BodyStore(options.CacheDirectory) : null;
        var rendered = 0;
        var site = steps.Run("assemble site", () => SiteAssembler.Assemble(config, articles, images, diagnostics, session?.Markdown, store, out rendered));
        if (site is null)
        {
            return Fail(BuildResult.BadInput);
        }

        if (store is not null || session is not null)
        {
            progress.WriteLine($"  {string.Empty,-22}{rendered} of {articles.Count} bodies rendered, the others taken from the cache");
        }

        var assets = ThemeAssets.Plan(options.ThemeDirectory, diagnostics);
        var renderer = new PageRenderer(site, templates, strings, assets.Urls);
        var fingerprints = new PageFingerprints(site, $"{ObjectIds.Of(config)}.{ObjectIds.Of(templates)}.{ObjectIds.Of(strings)}.{assets.Urls}");
        var plan = steps.Run("plan pages", () => PagePlanner.Plan(site, renderer, fingerprints, assets, options.InputDirectory, options.SitemapLimit, diagnostics, cancellationToken));
        if (plan is null)
        {
            return Fail(BuildResult.BadInput);
        }

        try
        {
            if (session is not null)
            {
                var findings = UpdateInPlace(site, plan, options, session, changes, steps, cancellationToken);
                if (findings.Any(f => f.IsError))
                {
                    return Fail(BuildResult.SiteProblems, findings);
                }
            }
            else
            {
                var findings = Publish(site, plan, options, steps, cancellationToken);
                if (findings.Any(f => f.IsError))
                {
                    return Fail(BuildResult.SiteProblems, findings);
                }

                store?.Prune();
            }
        }
        catch (Exception e) when (RenderFailures.Report(e, diagnostics))
        {
            return Fail(BuildResult.BadInput);
        }

        return new BuildResult
        {
            ExitCode = BuildResult.Success,
            Diagnostics = diagnostics.ToSortedList(),
            RenderedBodies = rendered,
            PagesByKind = plan.CountByKind(),
            Steps = steps.Timings,
        };
    }

    /// <summary>Renders into a staging folder, checks, and swaps it in: the previous output stays whole on any failure.</summary>
    private static IReadOnlyList<Finding> Publish(SiteModel site, PagePlan plan, BuildOptions options, BuildSteps steps, CancellationToken cancellationToken)
    {
        var output = AtomicOutput.Begin(options.OutputDirectory);
        try
        {
            var scans = steps.Run("render and write", () => OutputWriter.Write(plan.Pages, output.Staging, options.Check, cancellationToken));
            var findings = options.Check ? steps.Run("check links", () => Check(site, scans, ByPath(scans), plan.Files, plan)) : [];
            if (findings.Any(f => f.IsError))
            {
                output.Abandon();
                return findings;
            }

            steps.Run("publish", output.Commit);
            return findings;
        }
        catch
        {
            output.Abandon();
            throw;
        }
    }

    /// <summary>Renders the pages whose fingerprint changed, checks them, and writes them in place only if they pass.</summary>
    private static IReadOnlyList<Finding> UpdateInPlace(SiteModel site, PagePlan plan, BuildOptions options, BuildSession session, IReadOnlySet<string>? changes, BuildSteps steps, CancellationToken cancellationToken)
    {
        if (session.Output?.Folder != options.OutputDirectory)
        {
            session.Output = new IncrementalOutput(options.OutputDirectory);
        }

        var write = steps.Run("render", () => session.Output.Prepare(plan.Pages, options.Check, changes, cancellationToken));
        var changed = write.TargetsChanged ? write.Scans.Values.ToList() : write.Pending.Select(p => p.Scan).OfType<PageScan>().ToList();
        var findings = options.Check ? steps.Run("check links", () => Check(site, changed, write.Scans, write.Files, plan)) : [];
        if (findings.Any(f => f.IsError))
        {
            return findings;
        }

        steps.Run("write", () => session.Output.Commit(write));
        session.LastChanged = write.Changed;
        return findings;
    }

    private static SiteConfig? LoadConfig(BuildOptions options, BuildSession? session, IReadOnlySet<string>? changes, DiagnosticBag diagnostics)
    {
        SiteConfig? Load(DiagnosticBag bag)
        {
            var config = SiteConfigLoader.Load(options.InputDirectory, bag);
            return config is not null && options.BaseUrl is not null ? config with { BaseUrl = BaseUrls.Normalize(options.BaseUrl) } : config;
        }

        var file = Path.Combine(options.InputDirectory, SiteConfigLoader.FileName);
        return session is null ? Load(diagnostics) : Cached(session.Config, [file], Load, diagnostics, changes);
    }

    private static (TemplateSet? Templates, IReadOnlyDictionary<string, UiStrings> Strings) LoadTheme(BuildOptions options, SiteConfig config, BuildSession? session, IReadOnlySet<string>? changes, DiagnosticBag diagnostics)
    {
        (TemplateSet?, IReadOnlyDictionary<string, UiStrings>) Load(DiagnosticBag bag) =>
            (TemplateSet.Load(options.ThemeDirectory, bag), UiStringsLoader.Load(options.ThemeDirectory, config, bag));
        if (session is null)
        {
            return Load(diagnostics);
        }

        // What is wrong with these files is reported by the loaders; here they are only listed to see if they changed.
        var theme = SourceTree.Theme(options.ThemeDirectory);
        var files = new[] { "layouts", "i18n" }
            .SelectMany(folder => theme.Files(folder, new DiagnosticBag()))
            .Select(theme.FullPath)
            .Append(Path.Combine(options.InputDirectory, SiteConfigLoader.FileName))
            .ToList();
        return Cached(session.Theme, files, Load, diagnostics, changes);
    }

    /// <summary>
    /// A value of the session made again only when its files changed (or were reported as changed, or folders of the
    /// theme were); one made with errors is not kept.
    /// </summary>
    private static T Cached<T>(StampedCache<T> cache, IReadOnlyList<string> files, Func<DiagnosticBag, T> make, DiagnosticBag diagnostics, IReadOnlySet<string>? changes)
    {
        if (changes is not null && files.Any(f => changes.Contains(Path.GetFullPath(f))))
        {
            cache.Clear();
        }

        var local = new DiagnosticBag();
        var value = cache.Get(files, () => make(local));
        diagnostics.AddRange(local.ToSortedList());

        if (local.HasErrors)
        {
            cache.Clear();
        }

        return value;
    }

    /// <param name="scans">The pages to check.</param>
    /// <param name="allScans">Every page of the site, where fragments are looked up.</param>
    private static IReadOnlyList<Finding> Check(SiteModel site, IReadOnlyList<PageScan> scans, IReadOnlyDictionary<string, PageScan> allScans, OutputFileSet files, PagePlan plan)
    {
        var findings = new LinkChecker(new CheckOptions(site.Config.BaseUrl)).CheckInternal(scans, allScans, files);
        if (findings.Count == 0)
        {
            return findings;
        }

        return findings.Select(f => plan.SourceOf(f.Page) is { } source ? f with { SourceFile = "input/" + source } : f).ToList();
    }

    private static Dictionary<string, PageScan> ByPath(IReadOnlyList<PageScan> scans)
    {
        var byPath = new Dictionary<string, PageScan>(scans.Count, StringComparer.Ordinal);
        foreach (var scan in scans)
        {
            byPath.TryAdd(scan.Path, scan);
        }

        return byPath;
    }
}
