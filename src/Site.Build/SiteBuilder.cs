using Site.Build.Assembly;
using Site.Build.Caching;
using Site.Build.Images;
using Site.Build.Output;
using Site.Build.Plan;
using Site.Build.Search;
using Site.Checks;
using Site.Content.Markdown;
using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Site;
using Site.Rendering.Feeds;
using Site.Rendering.Pages;
using Site.Rendering.Search;

namespace Site.Build;

/// <summary>
/// The build, top to bottom. The steps of <see cref="Run"/> are listed in the order they run: load config → load
/// theme → load content → validate → assemble (URLs, translations, taxonomies) → plan → render → check → publish.
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
        var result = BuildOnce(options, session, cancellationToken);
        return result with { Diagnostics = SourceLines.Attach(result.Diagnostics, options) };
    }

    private BuildResult BuildOnce(BuildOptions options, BuildSession? session, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var steps = new BuildSteps(progress);
        IPublisher? publisher = null;
        try
        {
            publisher = Publishers.Open(options, session, progress, diagnostics);
            return publisher is null
                ? steps.End(BuildOutcome.BadInput, diagnostics)
                : Run(publisher.Options, session, publisher, diagnostics, steps, cancellationToken);
        }
        catch (Exception e) when (session is null && (WriteFailures.Report(e, diagnostics) || SourceChangeFailures.Report(e, diagnostics)))
        {
            return steps.End(BuildOutcome.BadInput, diagnostics);
        }
        finally
        {
            publisher?.Dispose();
        }
    }

    private BuildResult Run(BuildOptions options, BuildSession? session, IPublisher publisher, DiagnosticBag diagnostics, BuildSteps steps, CancellationToken cancellationToken)
    {
        BuildResult Fail(BuildOutcome outcome, IReadOnlyList<Finding>? findings = null) => steps.End(outcome, diagnostics, findings);

        // What the file watcher reported is read again, whatever its size and time say (an edit can keep both).
        var changes = session?.TakeChanges();
        var reuse = publisher is AtomicPublisher atomic && options.CacheDirectory is not null ? atomic.Reuse = OutputReuse.Open(options) : null;
        var buildKey = reuse is null ? default : OutputReuse.BuildKey(options);
        if (reuse?.UpToDate(buildKey, options.Now) == true)
        {
            return UpToDate(reuse.Previous!, options, steps);
        }

        // A build that will carry most pages over is sized by the last one; one that makes most pages again is not.
        var reserved = options.ReserveHeap && reuse is not null && reuse.ChangedInFewTexts()
            && OutputReuse.ManifestLength(options) is { } manifest && HeapReservation.TryReserve(manifest);

        var early = session is null ? EarlyTemplates.Start(options.ThemeDirectory, options.Check) : null;
        var config = steps.Run("load config", () => SiteSources.Config(options, session, changes, diagnostics));
        if (config is null)
        {
            early?.Abandon();
            return Fail(BuildOutcome.BadInput);
        }

        // The articles earlier builds parsed are read on another core while the theme loads.
        var opening = session is null && options.CacheDirectory is not null
            ? Task.Run(() => ArticleStore.Open(options.CacheDirectory, config, options.InputDirectory, reuse is null ? null : reuse.TrustedInput))
            : null;
        var theme = steps.Run("load theme", () => SiteSources.Theme(options, config, session, changes, diagnostics, early));
        var search = SearchSetup.Decide(config, theme.Strings, options, diagnostics, out var pagefind);
        if (publisher is AtomicPublisher patchable)
        {
            // Pagefind indexes the staging folder as the whole site: it must then hold every file.
            patchable.MayPatch = pagefind is null;
        }

        // A preview's edit of articles' text only: the pages that show it are made again, from the last build's model.
        var last = session?.TakePreviewBuild();
        if (last is not null && pagefind is null && !diagnostics.HasErrors && TextEdits.TryApply(last, options, config, theme, changes, diagnostics, session!, steps, cancellationToken) is { } quick)
        {
            return quick;
        }

        reuse?.Prefetch();

        DateTimeOffset? nextPublication = null;
        ArticleStore? parsed = null;
        var articles = steps.Run("load content", () => SiteSources.Content(options, config, session, changes, diagnostics, out nextPublication, parsed = opening?.GetAwaiter().GetResult()));

        if (parsed is not null)
        {
            progress.WriteLine($"  {string.Empty,-22}{parsed.Unread} files taken by their size and time without reading them, {parsed.Found - parsed.Unread} parsed earlier, {parsed.Fresh} parsed");
        }

        // Validate: the loaders report every author error they find; nothing is assembled from input with errors.
        if (diagnostics.HasErrors || theme.Templates is null)
        {
            return Fail(BuildOutcome.BadInput);
        }

        var store = session is null && options.CacheDirectory is not null ? new BodyStore(options.CacheDirectory) : null;
        // A build reads each body's HTML back from a temporary file when a page prints it; a preview from the session's.
        using var spill = session is null ? BodySpill.TryOpen() : null;
        var spilled = spill ?? session?.Spill();
        var rendered = 0;
        var images = new ImageSizes(InputLayout.MediaPath(options.InputDirectory));
        var ids = reuse is null ? null : new ContentIds();
        var site = steps.Run("assemble site", () => SiteAssembler.Assemble(config, articles, images, LabelsOf(theme), diagnostics, session?.Markdown, store, out rendered, spilled, ids, parsed is null ? null : parsed.IdsOf));
        if (site is null)
        {
            return Fail(BuildOutcome.BadInput);
        }

        if (store is not null || session is not null)
        {
            progress.WriteLine($"  {string.Empty,-22}{rendered} of {articles.Count} bodies rendered, the others taken from the cache");
        }

        steps.Run("relate articles", () => site.Relations);

        using var imageFolder = ImageFolder.Open(options.CacheDirectory);
        MadeImages made;
        try
        {
            made = steps.Run("make images", () => ImageVariants.Make(site, images, options.InputDirectory, imageFolder.Store, diagnostics, cancellationToken));
        }
        catch (Exception e) when (WriteFailures.Report(e, diagnostics))
        {
            return Fail(BuildOutcome.BadInput);
        }

        progress.WriteLine($"  {string.Empty,-22}{made.Summary}");
        if (diagnostics.HasErrors)
        {
            return Fail(BuildOutcome.BadInput);
        }

        PlanMakers? makers = null;
        var plan = steps.Run("plan pages", () => Plan(site, theme, images, options, search, diagnostics, cancellationToken, out makers, made, reuse is null ? null : OutputReuse.ContentKey(options), ids));
        if (plan is null)
        {
            return Fail(BuildOutcome.BadInput);
        }

        steps.Detail(plan.Sections);
        IReadOnlyList<Finding> findings = [];
        KeptRelations? relations = null;
        try
        {
            var pages = steps.Run(publisher.RenderStep, () => publisher.Render(plan, options.Check, changes, cancellationToken));
            // Every page that prints an article's text is written: the texts' file can go while the links are checked.
            spill?.CloseInBackground();
            if (reuse is not null && publisher is AtomicPublisher { Reused: { } reused })
            {
                progress.WriteLine($"  {string.Empty,-22}{reused.Rendered} of {plan.Pages.Count(p => p.Content is TextContent)} pages rendered, {reused.Written} of {plan.Pages.Count} files written, the others carried over");
            }

            relations = options.Check && reuse is not null && publisher is AtomicPublisher { Reused: { } checkedBefore } ? RelationsAsBefore.Of(reuse, buildKey, checkedBefore) : null;
            findings = options.Check ? steps.Run("check links", () => Check(site, plan, pages, relations)) : [];
            if (options.Check && relations is not null)
            {
                var judged = relations.DuplicatesAgain ? $", duplicate titles and descriptions judged again where {relations.Retitled.Count} pages changed theirs, the other relations between pages" : ", the relations between pages";
                progress.WriteLine($"  {string.Empty,-22}the links of {pages.ToCheck.Count} pages checked{judged} as the last build judged them");
            }

            if (findings.Any(f => f.IsError))
            {
                return Fail(BuildOutcome.SiteProblems, Displayed(findings, options.InputDirectory));
            }

            // A build indexes its staging folder, so a published site never lacks its index; a preview writes in place.
            if (pagefind is not null && publisher.Staging is { } staging && !IndexSearch(pagefind, staging, steps, diagnostics, cancellationToken))
            {
                return Fail(BuildOutcome.BadInput);
            }

            steps.Run(publisher.PublishStep, publisher.Publish);
            if (publisher is AtomicPublisher { Patched: { } patch })
            {
                progress.WriteLine($"  {string.Empty,-22}{patch.Moved.Count} files moved into the output, {patch.Deleted.Count} deleted, the others left in place");
            }

            if (pagefind is not null && publisher.Staging is null && !IndexSearch(pagefind, options.OutputDirectory, steps, diagnostics, cancellationToken))
            {
                return Fail(BuildOutcome.BadInput);
            }
        }
        catch (Exception e) when (RenderFailures.Report(e, diagnostics))
        {
            return Fail(BuildOutcome.BadInput);
        }

        var byKind = plan.CountByKind();
        var (pagesRendered, filesWritten) = publisher switch
        {
            AtomicPublisher { Reused: { } carried } => (carried.Rendered, carried.Written),
            AtomicPublisher => (plan.Pages.Count(p => p.Content is TextContent), plan.Pages.Count),
            _ => ((int?)null, (int?)null),
        };
        // The cache's files are independent of one another: each is written on a core of its own. Each of them
        // handles its own I/O failures (a full disk leaves a cache entry missing, never a wrong one). Without a
        // cache there is only the temporary folder of image variants to empty, which is no step of its own.
        void Save() => Parallel.Invoke(
            () => store?.Prune(),
            () => parsed?.Save(),
            () =>
            {
                if (reuse is not null && publisher is AtomicPublisher { Reused: { } written })
                {
                    reuse.Remember(written, buildKey, nextPublication, diagnostics.ToSortedList(), findings, byKind, indexed: pagefind is not null, patched: (publisher as AtomicPublisher)?.Patched);
                }
            },
            imageFolder.Prune);
        if (options.CacheDirectory is null)
        {
            Save();
        }
        else
        {
            steps.Run("save cache", Save);
        }

        var shown = Displayed(findings, options.InputDirectory);
        if (session is not null)
        {
            session.Keep(new PreviewBuild(config, theme, articles, site, makers!, images, options.Check, diagnostics.ToSortedList(), shown, byKind));
        }

        // Warnings (duplicate titles) do not fail the build, but are shown.
        return steps.End(BuildOutcome.Success, diagnostics, shown) with
        {
            RenderedBodies = rendered + (store?.Remade ?? 0),
            PagesByKind = byKind,
            PagesRendered = pagesRendered,
            FilesWritten = filesWritten,
            Patched = publisher is AtomicPublisher { Patched: not null },
            RelationsKept = options.Check && relations is not null,
            DuplicatesJudgedAgain = options.Check && relations is { DuplicatesAgain: true },
            ImageVariantsMade = made.Made,
            ImageVariantsReused = made.Reused,
            HeapReserved = reserved,
        };
    }

    /// <summary>Nothing changed since the last build, which published the output as it is: what it said is said again.</summary>
    private BuildResult UpToDate(OutputManifest previous, BuildOptions options, BuildSteps steps)
    {
        var files = previous.PagesByKind.Sum(p => p.Value);
        progress.WriteLine($"  {string.Empty,-22}nothing changed since the last build: 0 of {files} files rendered or written");
        var replayed = new DiagnosticBag();
        replayed.AddRange(previous.Diagnostics);
        return steps.End(BuildOutcome.Success, replayed, Displayed(previous.Findings, options.InputDirectory)) with
        {
            PagesByKind = previous.PagesByKind,
            PagesRendered = 0,
            FilesWritten = 0,
        };
    }

    /// <summary>The theme's assets are named, the renderer and fingerprints set up, and every page of the site planned.</summary>
    /// <param name="contentKey">
    /// For a build compared with the manifest of an earlier one: what the pages' fingerprints start from, by content
    /// (<see cref="OutputReuse.ContentKey"/>); null for the identities of objects that a preview session compares.
    /// </param>
    /// <param name="ids">The content hashes recorded while assembling, when <paramref name="contentKey"/> is given.</param>
    internal static PagePlan? Plan(SiteModel site, LoadedTheme theme, ImageSizes images, BuildOptions options, SearchMode search, DiagnosticBag diagnostics, CancellationToken cancellationToken, MadeImages? made = null, string? contentKey = null, ContentIds? ids = null) =>
        Plan(site, theme, images, options, search, diagnostics, cancellationToken, out _, made, contentKey, ids);

    /// <param name="makers">The renderers and fingerprints the rows use, which a preview keeps (<see cref="TextEdits"/>).</param>
    internal static PagePlan? Plan(SiteModel site, LoadedTheme theme, ImageSizes images, BuildOptions options, SearchMode search, DiagnosticBag diagnostics, CancellationToken cancellationToken, out PlanMakers makers, MadeImages? made = null, string? contentKey = null, ContentIds? ids = null)
    {
        var assets = ThemeAssets.Plan(options.ThemeDirectory, diagnostics);
        var renderer = new PageRenderer(site, theme.Templates!, theme.Strings, assets.Urls, search, options.Preview ? new PreviewMarks(options.Now) : null);
        var markdown = new MarkdownRenderer(new SourceLinkMap(site.Entries.ToDictionary(e => e.Article.SourcePath, e => e.Path, StringComparer.Ordinal)), site.Urls, images, LabelsOf(theme));
        var feeds = new FeedRenderer(site, (entry, page) => markdown.RenderAbsolute(entry.Article, page));
        var fingerprints = contentKey is null
            ? new PageFingerprints(site, $"{ObjectIds.Of(site.Config)}.{ObjectIds.Of(theme.Templates!)}.{ObjectIds.Of(theme.Strings)}.{assets.Urls}.{search}")
            : new PageFingerprints(site, $"{contentKey}.{assets.Urls}.{search}", ids is null ? ContentHash.Of : ids.Of);
        makers = new PlanMakers(renderer, feeds, fingerprints);
        return PagePlanner.Plan(site, renderer, feeds, fingerprints, assets, options.InputDirectory, options.SitemapLimit, diagnostics, cancellationToken, made?.Rows);
    }

    /// <summary>Runs Pagefind on the rendered site, as a step of the build, and shows what it indexed.</summary>
    private bool IndexSearch(string pagefind, string folder, BuildSteps steps, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var summary = string.Empty;
        var indexed = steps.Run("index search", () => PagefindRunner.Index(pagefind, folder, diagnostics, cancellationToken, out summary));
        if (summary.Length > 0)
        {
            progress.WriteLine($"  {string.Empty,-22}Pagefind: {summary}");
        }

        return indexed;
    }

    /// <summary>The labels rendered bodies carry, from the theme's UI strings of each language.</summary>
    internal static Func<string, BodyLabels> LabelsOf(LoadedTheme theme)
    {
        var labels = theme.Strings.ToDictionary(s => s.Key, s => BodyLabels.From(key => s.Value[key]), StringComparer.Ordinal);
        return language => labels[language];
    }

    /// <summary>Checks the rendered pages' links, and names the input file each finding comes from (relative to the input folder).</summary>
    /// <param name="relations">The relations between pages as the last build judged them, when they are judged the same now (<see cref="RelationsAsBefore"/>).</param>
    private static IReadOnlyList<Finding> Check(SiteModel site, PagePlan plan, RenderedPages pages, KeptRelations? relations)
    {
        var checker = new LinkChecker(new CheckOptions(site.Config.BaseUrl));
        var findings = relations is null
            ? checker.CheckInternal(pages.ToCheck, pages.All, pages.Files)
            : checker.CheckReferences(pages.ToCheck, pages.All, pages.Files, relations.Findings.Select(f => f with { SourceFile = null }), relations.Retitled);
        return findings.Select(f => plan.SourceOf(f.Page) is { } source ? f with { SourceFile = source } : f).ToList();
    }

    /// <summary>Findings as they are shown: their source files named from the current folder.</summary>
    private static IReadOnlyList<Finding> Displayed(IReadOnlyList<Finding> findings, string inputDirectory) =>
        findings.Select(f => f.SourceFile is { } source ? f with { SourceFile = InputLayout.DisplayPath(inputDirectory, source) } : f).ToList();
}
