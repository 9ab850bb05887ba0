using Site.Build.Caching;
using Site.Build.Output;
using Site.Checks;
using Site.Content.Loading;
using Site.Content.Markdown;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;

namespace Site.Build;

/// <summary>
/// A preview's short way through an edit of articles' text. When every file saved since the last build is an
/// article that build published and only its Markdown changed (its front matter is the same, so are its URL, date,
/// tags, translations, relations and the rest of the site model), its body is rendered again and put in the last
/// build's model (<see cref="Entry.ReplaceText"/>), and only the pages whose fingerprints identified the entry
/// (<see cref="Plan.ShownEntries"/>: its page, its print page, the listings, front pages and feeds that carry it) are
/// rendered, checked and written. Anything else takes the full way, whose result is the same: a diagnostic, a finding
/// about those pages, a picture added or removed (its variants must be made), or a rebuilt page whose head, feed
/// entries or anchors changed (the relations between pages and the links of other pages must be judged again).
/// </summary>
internal static class TextEdits
{
    /// <returns>The result of the build, or null when the build must take the full way.</returns>
    public static BuildResult? TryApply(PreviewBuild last, BuildOptions options, SiteConfig config, LoadedTheme theme, IReadOnlySet<string>? changes, DiagnosticBag diagnostics, BuildSession session, BuildSteps steps, CancellationToken cancellationToken)
    {
        if (changes is not { Count: > 0 } || session.Output?.Folder != options.OutputDirectory
            || !ReferenceEquals(config, last.Config) || !ReferenceEquals(theme, last.Theme) || options.Check != last.Check
            || !diagnostics.ToSortedList().All(last.KnownDiagnostics.Contains)
            || Sources(last, options, changes) is not { } sources
            || steps.Run("load content", () => Edited(last, options, config, session, sources)) is not { } edited
            || edited.Any(e => last.Diagnostics.Any(d => Mentions(d.File, e.Article.SourcePath))))
        {
            return null;
        }

        var bodies = new Bodies(config.BaseUrl, last.Links, last.Images, SiteBuilder.LabelsOf(theme), session.Markdown, store: null);
        var replaced = new List<(Entry Entry, Article Article, RenderedBody Body)>();
        foreach (var (entry, article) in edited)
        {
            var found = new DiagnosticBag();
            RenderedBody? body;
            try
            {
                body = bodies.Of(article, found);
            }
            catch (Exception e) when (NestingLimit.IsExceeded(e))
            {
                return null;
            }

            // Another set of pictures needs other variants: the full way makes them.
            if (body is null || found.ToSortedList().Count > 0 || !body.Pictures.SequenceEqual(entry.Body.Pictures, StringComparer.Ordinal))
            {
                return null;
            }

            replaced.Add((entry, article, body));
        }

        var output = session.Output!;
        foreach (var (entry, article, body) in replaced)
        {
            entry.ReplaceText(article, body);
            last.Makers.Pages.Forget(entry);
            last.Makers.Feeds.Forget(entry);
            last.Makers.Fingerprints.Forget(entry);
        }

        var pages = replaced.SelectMany(r => output.Showing(r.Entry)).Distinct().ToList();
        var write = steps.Run("render", () => output.PrepareSome(pages, options.Check, cancellationToken));
        if (options.Check && !Checked(last, options, config, output, write, steps))
        {
            IncrementalOutput.Discard(write);
            return null;
        }

        steps.Run("write", () => output.Commit(write));
        session.LastChanged = write.Changed;
        session.Keep(last);

        var reported = new DiagnosticBag();
        reported.AddRange(last.Diagnostics);
        return steps.End(BuildOutcome.Success, reported, last.Findings) with
        {
            RenderedBodies = bodies.Rendered,
            PagesByKind = last.PagesByKind,
        };
    }

    /// <summary>The entries of the reported files, when every one is an article or page the last build published.</summary>
    private static List<(string Source, Entry Entry)>? Sources(PreviewBuild last, BuildOptions options, IReadOnlySet<string> changes)
    {
        var sources = new List<(string, Entry)>();
        foreach (var change in changes)
        {
            var source = Path.GetRelativePath(options.InputDirectory, change).Replace('\\', '/');
            if (!last.EntriesBySource.TryGetValue(source, out var entry) || !File.Exists(change))
            {
                return null;
            }

            sources.Add((source, entry));
        }

        return sources;
    }

    /// <summary>
    /// The reported files parsed again (only they: the others did not change), with the entries the last build made of
    /// them; null when one's front matter is not the same, or it reported anything.
    /// </summary>
    private static List<(Entry Entry, Article Article)>? Edited(PreviewBuild last, BuildOptions options, SiteConfig config, BuildSession session, List<(string Source, Entry Entry)> sources)
    {
        var edited = new List<(Entry, Article)>();
        foreach (var (source, entry) in sources)
        {
            var found = new DiagnosticBag();
            var article = ContentLoader.LoadChanged(options.InputDirectory, source, entry.Article.Kind, config, found, session.Content);
            if (article is null || found.ToSortedList().Count > 0 || ContentHash.Of(entry.Article with { Body = article.Body }) != ContentHash.Of(article))
            {
                return null;
            }

            edited.Add((entry, article));
        }

        return edited;
    }

    /// <summary>
    /// Checks the rebuilt pages' references. The relations between pages are judged from the pages' heads, feed
    /// entries and sitemaps, and the links of the other pages from the rebuilt pages' anchors: when all of these are as
    /// the last build checked them, so are its findings about them (a title shared with another page among them: a
    /// generated archive's or a newsroom's recurring headline must not make every edit of its text take the full way);
    /// otherwise the full way judges them again. A rebuilt page with a finding about its links takes the full way,
    /// which tells whether the edit fixed it.
    /// </summary>
    private static bool Checked(PreviewBuild last, BuildOptions options, SiteConfig config, IncrementalOutput output, IncrementalWrite write, BuildSteps steps)
    {
        if (write.TargetsChanged || write.Pending.Any(p => last.PagesWithFindings.Contains(p.Page.Destination)))
        {
            return false;
        }

        foreach (var pending in write.Pending)
        {
            var before = output.ScanOf(pending.Page.Destination);
            if ((before is null) != (pending.Scan is null))
            {
                return false;
            }

            if (before is not null && (before.BaseHref != pending.Scan!.BaseHref || HeadFacts.Without(before.Head, nameof(PageHead.Description)) != HeadFacts.Without(pending.Scan.Head, nameof(PageHead.Description)) || ContentHash.Of(before.Xml) != ContentHash.Of(pending.Scan.Xml)))
            {
                return false;
            }

            // Without a summary, the description is the text's first paragraph. Only the duplicate-description rule
            // reads it: with no such finding before and no other page of the language with the new one, there is none now.
            if (before?.Head?.Description?.Value != pending.Scan?.Head?.Description?.Value
                && (last.HasDuplicateDescriptions || SharesDescription(pending.Scan!, write.Scans)))
            {
                return false;
            }
        }

        var scans = write.Pending.Select(p => p.Scan).OfType<PageScan>().ToList();
        var findings = steps.Run("check links", () => new LinkChecker(new CheckOptions(config.BaseUrl)).CheckReferences(scans, write.Scans, write.Files));
        return findings.Count == 0;
    }

    private static bool SharesDescription(PageScan page, IReadOnlyDictionary<string, PageScan> pages)
    {
        if (page.Head?.Description is not { Value.Length: > 0 } description)
        {
            return false;
        }

        var language = (page.Head.Language ?? "").ToLowerInvariant();
        return pages.Values.Any(other => other.Path != page.Path && other.Head?.Description?.Value == description.Value
            && (other.Head.Language ?? "").ToLowerInvariant() == language);
    }

    private static bool Mentions(string file, string sourcePath) =>
        file == sourcePath || file.EndsWith("/" + sourcePath, StringComparison.Ordinal) || file.EndsWith(Path.DirectorySeparatorChar + sourcePath, StringComparison.Ordinal);
}
