using Site.Checks.Rules;

namespace Site.Checks.Relations;

/// <summary>sitemap: /sitemap.xml (or the sitemaps its index lists) names every indexable page and nothing else, with
/// the alternates the pages name themselves; /news-sitemap.xml names articles that sitemap.xml lists.</summary>
internal static class SitemapRule
{
    public const string MainFile = "sitemap.xml";
    public const string NewsFile = "news-sitemap.xml";

    public static bool IsSitemapFile(string path) => Path.GetFileName(path).Contains("sitemap", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<Finding> Check(RelationContext context)
    {
        var findings = new List<Finding>();
        foreach (PageScan file in context.Pages.Values.Where(p => p.Xml is { Kind: XmlFileKind.Malformed } && IsSitemapFile(p.Path)))
        {
            PageReference error = file.Xml!.Error!;
            findings.Add(Findings.For(file, error, FindingKind.Sitemap, $"not well-formed XML: {error.Value}") with { Url = "" });
        }

        // Page path → where the sitemap lists it.
        Dictionary<string, PageReference>? listed = null;
        if (context.Pages.GetValueOrDefault(MainFile) is { Xml.Kind: XmlFileKind.Sitemap or XmlFileKind.SitemapIndex } mainFile)
        {
            listed = new Dictionary<string, PageReference>(StringComparer.Ordinal);
            foreach (PageScan sitemap in Sitemaps(context, mainFile, mainFile.Xml!, findings))
            {
                CheckEntries(context, sitemap, listed, findings);
            }

            foreach (PageScan page in context.HtmlPages.Where(page => !listed.ContainsKey(page.Path) && context.IsIndexable(page)))
            {
                findings.Add(Findings.For(page, page.Head!.Root, FindingKind.Sitemap, $"an indexable page that {MainFile} does not list: list it, or mark the page noindex") with { Element = "html", Url = context.UrlOf(page) });
            }
        }

        if (context.Pages.GetValueOrDefault(NewsFile) is { Xml.Kind: XmlFileKind.Sitemap } news)
        {
            CheckNews(context, news, listed, findings);
        }

        return findings;
    }

    /// <summary>The url sets: sitemap.xml itself, or the sitemaps its index lists.</summary>
    private static IEnumerable<PageScan> Sitemaps(RelationContext context, PageScan mainFile, XmlScan main, List<Finding> findings)
    {
        if (main.Kind == XmlFileKind.Sitemap)
        {
            yield return mainFile;
        }

        if (main.Kind != XmlFileKind.SitemapIndex)
        {
            yield break;
        }

        foreach (SitemapEntry entry in main.Entries)
        {
            Target target = context.Resolve(mainFile, entry.Loc);
            if (target.Page?.Xml is { Kind: XmlFileKind.Sitemap })
            {
                yield return target.Page;
            }
            else if (target.State == TargetState.Broken)
            {
                findings.Add(Finding(mainFile, entry.Loc, $"{target.Problem}: the index must name sitemaps of the output"));
            }
            else if (target.Page?.Xml is not { Kind: XmlFileKind.Malformed })
            {
                findings.Add(Finding(mainFile, entry.Loc, "not a sitemap of this site (a urlset file of the output)"));
            }
        }
    }

    private static void CheckEntries(RelationContext context, PageScan sitemap, Dictionary<string, PageReference> listed, List<Finding> findings)
    {
        // Each entry is judged on its own, in parallel; only "listed twice" needs them in order.
        var judged = sitemap.Xml!.Entries.AsParallel().AsOrdered().Select(entry =>
        {
            var own = new List<Finding>();
            PageScan? page = Listable(context, sitemap, entry.Loc, own);
            if (page is not null && entry.Alternates.Count > 0)
            {
                CompareAlternates(context, sitemap, entry, page, own);
            }

            return (entry.Loc, Page: page, Findings: own);
        });
        foreach ((PageReference loc, PageScan? page, List<Finding> own) in judged)
        {
            if (page is not null && !listed.TryAdd(page.Path, loc))
            {
                findings.Add(Finding(sitemap, loc, $"\"{page.Path}\" is listed twice (line {listed[page.Path].Line})"));
            }

            findings.AddRange(own);
        }
    }

    /// <summary>The page a loc names, when it may be listed; otherwise a finding says why not.</summary>
    private static PageScan? Listable(RelationContext context, PageScan sitemap, PageReference loc, List<Finding> findings)
    {
        Target target = context.Resolve(sitemap, loc);
        switch (target.State)
        {
            case TargetState.Broken:
                findings.Add(Finding(sitemap, loc, target.Problem));
                return null;
            case TargetState.Elsewhere:
                findings.Add(Finding(sitemap, loc, "not a URL of this site: a sitemap lists only the site's own pages"));
                return null;
        }

        if (target.Page?.Head is not { } head)
        {
            return null;
        }

        string? problem = head switch
        {
            { IsRedirect: true } => "is a redirect page: leave it out",
            { Noindex: true } => "is noindex: leave it out, or make it indexable",
            _ when !context.IsIndexable(target.Page) => "names another page as canonical: list that one instead",
            _ => null,
        };
        if (problem is not null)
        {
            findings.Add(Finding(sitemap, loc, $"\"{target.File}\" {problem}"));
        }

        return target.Page;
    }

    private static void CompareAlternates(RelationContext context, PageScan sitemap, SitemapEntry entry, PageScan page, List<Finding> findings)
    {
        IReadOnlyDictionary<string, string> own = context.AlternatesByCode(page);
        var inSitemap = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (HreflangLink link in entry.Alternates)
        {
            string target = Key(context.Resolve(sitemap, link.Link), link.Link.Value);
            inSitemap.Add(link.Hreflang);
            if (!own.TryGetValue(link.Hreflang, out string? expected))
            {
                findings.Add(Finding(sitemap, link.Link, $"hreflang=\"{link.Hreflang}\" is not among the alternates of \"{page.Path}\""));
            }
            else if (expected != target)
            {
                findings.Add(Finding(sitemap, link.Link, $"hreflang=\"{link.Hreflang}\" names another page than \"{page.Path}\" does ({expected})"));
            }
        }

        foreach (string missing in own.Keys.Where(hreflang => !inSitemap.Contains(hreflang)).Order(StringComparer.Ordinal))
        {
            findings.Add(Finding(sitemap, entry.Loc, $"the alternate hreflang=\"{missing}\" of \"{page.Path}\" is missing here"));
        }
    }

    // Two spellings of one page (trailing slash, index.html, relative or absolute) are the same file.
    private static string Key(Target target, string written) => target.File ?? written.Trim();

    /// <param name="listed">The pages sitemap.xml lists; null when there is no sitemap.xml to read.</param>
    private static void CheckNews(RelationContext context, PageScan news, Dictionary<string, PageReference>? listed, List<Finding> findings)
    {
        foreach (SitemapEntry entry in news.Xml!.Entries)
        {
            if (Listable(context, news, entry.Loc, findings) is not { } page)
            {
                continue;
            }

            if (page.Head!.OpenGraphType is { } type && !type.Equals("article", StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(Finding(news, entry.Loc, $"\"{page.Path}\" is not an article (og:type {type}): a news sitemap lists articles"));
            }
            else if (listed is not null && !listed.ContainsKey(page.Path) && context.IsIndexable(page))
            {
                findings.Add(Finding(news, entry.Loc, $"\"{page.Path}\" is not in {MainFile}: list it there too"));
            }
        }
    }

    private static Finding Finding(PageScan file, PageReference at, string message) =>
        Findings.For(file, at, FindingKind.Sitemap, message);
}
