using System.Globalization;
using Site.Core.Navigation;
using Site.Core.Urls;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>The model of <c>archives.liquid</c>: a language's years (<c>/fr/archives/</c>) or a year's months (<c>/fr/2021/</c>), with counts.</summary>
internal sealed record ArchivesPage(PageView Page, ArchiveView Archive) : ILayoutModel
{
    public string Layout => "archives";

    public bool InBase => true;

    public IEnumerable<(string Name, object? Value)> Values => [("archive", Archive)];

    public static ArchivesPage Years(LayoutContext context, string language)
    {
        var site = context.Site;
        var heading = context.Strings[language]["archives"];
        var periods = site.ArchivesIn(language)
            .Select(y => new ArchivePeriodView(y.Year.ToString(CultureInfo.InvariantCulture), site.Urls.Path(y.Path), y.Count))
            .ToList();
        var page = MakePage(context, language, heading, SitePaths.Archives(language), PageVersions.Archives(site));
        return new ArchivesPage(page, new ArchiveView { Heading = heading, Periods = periods });
    }

    public static ArchivesPage Year(LayoutContext context, ArchiveYear year)
    {
        var site = context.Site;
        var names = context.Archives;
        var periods = year.Months
            .Select(m => new ArchivePeriodView(names.MonthHeading(year.Language, m.Year, m.Month), site.Urls.Path(m.Path), m.Entries.Count))
            .ToList();
        var title = names.YearTitle(year.Language, year.Year);
        var page = MakePage(context, year.Language, title, year.Path, PageVersions.ArchiveYear(site, year.Year));
        return new ArchivesPage(page, new ArchiveView { Heading = title, Crumb = year.Year.ToString(CultureInfo.InvariantCulture), Breadcrumbs = names.Breadcrumbs(year.Language), Periods = periods });
    }

    private static PageView MakePage(LayoutContext context, string language, string title, string path, IReadOnlyDictionary<string, string> versions)
    {
        var page = context.Pages.Create("archives", language, title, path, versions, SitePaths.Archives);
        return page with { HeadHtml = context.Metadata.Listing(language, title, page.Canonical, page.Description, versions.Keys) };
    }
}
