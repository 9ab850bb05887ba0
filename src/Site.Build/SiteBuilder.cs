using Site.Build.Assembly;
using Site.Build.Caching;
using Site.Build.Output;
using Site.Build.Pipelines;
using Site.Checks;
using Site.Content.Config;
using Site.Content.Loading;
using Site.Content.Markdown;
using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;
using Site.Core.Pipeline;
using Site.Core.Site;
using Site.Rendering.Feeds;
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
        BuildResult Fail(BuildOutcome outcome, IReadOnlyList<Finding>? findings = null) => new()
        {
            Outcome = outcome,
            Diagnostics = diagnostics.ToSortedList(),
            Findings = findings ?? [],
            Steps = steps.Timings,
        };

        var output = OutputGuard.SafeOutput(options.OutputDirectory, options.InputDirectory, options.ThemeDirectory, diagnostics);
        var cache = output is null || options.CacheDirectory is null ? null : OutputGuard.SafeCache(options.CacheDirectory, output, options.InputDirectory, options.ThemeDirectory, diagnostics);
        if (output is null || (options.CacheDirectory is not null && cache is null))
        {
            return Fail(BuildOutcome.BadInput);
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
                return Fail(BuildOutcome.BadInput);
            }

            // Even a build that fails below must not leave the site missing after one killed in the middle of a swap.
            AtomicOutput.Recover(options.OutputDirectory);
            return Run(options, session, diagnostics, steps, Fail, cancellationToken);
        }
        catch (Exception e) when (session is null && WriteFailures.Report(e, diagnostics))
        {
            return Fail(BuildOutcome.BadInput);
        }
        finally
        {
            held?.Dispose();
        }
    }

    private BuildResult Run(BuildOptions options, BuildSession? session, DiagnosticBag diagnostics, BuildSteps steps, Func<BuildOutcome, IReadOnlyList<Finding>?, BuildResult> fail, CancellationToken cancellationToken)
    {
        BuildResult Fail(BuildOutcome outcome, IReadOnlyList<Finding>? findings = null) => fail(outcome, findings);

        // What the file watcher reported is read again, whatever its size and time say (an edit can keep both).
        var changes = session?.TakeChanges();
        var config = steps.Run("load config", () => LoadConfig(options, session, changes, diagnostics));
        if (config is null)
        {
            return Fail(BuildOutcome.BadInput);
        }

        var (templates, strings) = steps.Run("load theme", () => LoadTheme(options, config, session, changes, diagnostics));
        var filter = new PublishFilter(options.Drafts, options.Future, options.Now);
        var articles = steps.Run("load content", () => ContentLoader.Load(options.InputDirectory, config, filter, diagnostics, session?.Content, BuildSession.Inside(changes, options.InputDirectory)));
        if (diagnostics.HasErrors || templates is null)
        {
            return Fail(BuildOutcome.BadInput);
        }

        var images = new ImageSizes(InputLayout.MediaPath(options.InputDirectory));
        var store = session is null && options.CacheDirectory is not null ? new BodyStore(options.CacheDirectory) : null;
        var rendered = 0;
        var site = steps.Run("assemble site", () => SiteAssembler.Assemble(config, articles, images, diagnostics, session?.Markdown, store, out rendered));
        if (site is null)
        {
            return Fail(BuildOutcome.BadInput);
        }

        if (store is not null || session is not null)
        {
            progress.WriteLine($"  {string.Empty,-22}{rendered} of {articles.Count} bodies rendered, the others taken from the cache");
        }

        var assets = ThemeAssets.Plan(options.ThemeDirectory, diagnostics);
        var renderer = new PageRenderer(site, templates, strings, assets.Urls);
        var markdown = new MarkdownRenderer(new SourceLinkMap(site.Entries.ToDictionary(e => e.Article.SourcePath, e => e.Path, StringComparer.Ordinal)), site.Urls, images);
        var feeds = new FeedRenderer(site, (entry, page) => markdown.RenderAbsolute(entry.Article, page));
        var fingerprints = new PageFingerprints(site, $"{ObjectIds.Of(config)}.{ObjectIds.Of(templates)}.{ObjectIds.Of(strings)}.{assets.Urls}");
        var documents = steps.Run("plan pages", () => Plan(site, renderer, feeds, options, assets, fingerprints, diagnostics, cancellationToken));
        if (documents is null)
        {
            return Fail(BuildOutcome.BadInput);
        }

        try
        {
            if (session is not null)
            {
                var findings = UpdateInPlace(site, documents, options, session, changes, steps, cancellationToken);
                if (findings.Any(f => f.IsError))
                {
                    return Fail(BuildOutcome.SiteProblems, findings);
                }
            }
            else
            {
                var findings = Publish(site, documents, options, steps, cancellationToken);
                if (findings.Any(f => f.IsError))
                {
                    return Fail(BuildOutcome.SiteProblems, findings);
                }

                store?.Prune();
            }
        }
        catch (Exception e) when (RenderFailures.Report(e, diagnostics))
        {
            return Fail(BuildOutcome.BadInput);
        }

        return new BuildResult
        {
            Outcome = BuildOutcome.Success,
            Diagnostics = diagnostics.ToSortedList(),
            RenderedBodies = rendered,
            PagesByKind = documents.GroupBy(d => d.Get<PageKind>().Name).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Steps = steps.Timings,
        };
    }

    /// <summary>Renders into a staging folder, checks, and swaps it in: the previous output stays whole on any failure.</summary>
    private static IReadOnlyList<Finding> Publish(SiteModel site, IReadOnlyList<Document> documents, BuildOptions options, BuildSteps steps, CancellationToken cancellationToken)
    {
        var output = AtomicOutput.Begin(options.OutputDirectory);
        try
        {
            var scans = steps.Run("render and write", () => OutputWriter.Write(documents, output.Staging, options.Check, cancellationToken));
            var findings = options.Check ? steps.Run("check links", () => Check(options.InputDirectory, site, scans, ByPath(scans), new OutputFileSet(documents.Select(d => d.Destination)), documents)) : [];
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
    private static IReadOnlyList<Finding> UpdateInPlace(SiteModel site, IReadOnlyList<Document> documents, BuildOptions options, BuildSession session, IReadOnlySet<string>? changes, BuildSteps steps, CancellationToken cancellationToken)
    {
        if (session.Output?.Folder != options.OutputDirectory)
        {
            session.Output = new IncrementalOutput(options.OutputDirectory);
        }

        var write = steps.Run("render", () => session.Output.Prepare(documents, options.Check, changes, cancellationToken));
        var changed = write.TargetsChanged ? write.Scans.Values.ToList() : write.Pending.Select(p => p.Scan).OfType<PageScan>().ToList();
        var findings = options.Check ? steps.Run("check links", () => Check(options.InputDirectory, site, changed, write.Scans, write.Files, documents)) : [];
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

        return session is null ? Load(diagnostics) : Cached(session.Config, [InputLayout.ConfigPath(options.InputDirectory)], Load, diagnostics, changes);
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
        var files = new[] { ThemeLayout.Layouts, ThemeLayout.Strings }
            .SelectMany(folder => theme.Files(folder, new DiagnosticBag()))
            .Select(theme.FullPath)
            .Append(InputLayout.ConfigPath(options.InputDirectory))
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

    private static List<Document>? Plan(SiteModel site, PageRenderer renderer, FeedRenderer feeds, BuildOptions options, ThemeAssets assets, PageFingerprints fingerprints, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var engine = new Engine(SitePipelines.Create(site, renderer, feeds, options.InputDirectory, assets, options.SitemapLimit, fingerprints));
        var result = engine.Run(diagnostics, cancellationToken);
        if (Environment.GetEnvironmentVariable("SITE_PIPELINE_TIMINGS") is "1")
        {
            // Profiling aid (docs/performance.md): the time of each pipeline's phases.
            foreach (var timing in result.Timings.Where(t => t.Elapsed > TimeSpan.FromMilliseconds(1)))
            {
                Console.Error.WriteLine($"    {timing.Pipeline}.{timing.Phase}: {timing.Elapsed.TotalMilliseconds:0} ms");
            }
        }

        var documents = result.AllDocuments.ToList();
        foreach (var clash in documents.GroupBy(d => d.Destination, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var sources = string.Join(" and ", clash.Select(d => d.Source ?? d.Get<PageKind>().Name + " page"));
            diagnostics.Error(new SourceLocation(clash.First(d => d.Source is not null)?.Source ?? InputLayout.Folder), $"{sources} would all be written to /{clash.Key}", "change a slug or a file name so that each page has its own URL");
        }

        return diagnostics.HasErrors ? null : documents;
    }

    /// <param name="scans">The pages to check.</param>
    /// <param name="allScans">Every page of the site, where fragments are looked up.</param>
    private static IReadOnlyList<Finding> Check(string inputDirectory, SiteModel site, IReadOnlyList<PageScan> scans, IReadOnlyDictionary<string, PageScan> allScans, OutputFileSet files, IReadOnlyList<Document> documents)
    {
        var findings = new LinkChecker(new CheckOptions(site.Config.BaseUrl)).CheckInternal(scans, allScans, files);
        if (findings.Count == 0)
        {
            return findings;
        }

        var sources = documents.Where(d => d.Source is not null).ToDictionary(d => d.Destination, d => d.Source!, StringComparer.Ordinal);
        return findings.Select(f => sources.TryGetValue(f.Page, out var source) ? f with { SourceFile = InputLayout.DisplayPath(inputDirectory, source) } : f).ToList();
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
