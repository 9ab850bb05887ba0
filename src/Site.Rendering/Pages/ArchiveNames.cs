using System.Globalization;
using Site.Core.Navigation;
using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.I18n;
using Site.Rendering.Views;

namespace Site.Rendering.Pages;

/// <summary>How archive pages are named and linked in each language: months through the language's culture.</summary>
public sealed class ArchiveNames(SiteModel site, IReadOnlyDictionary<string, UiStrings> strings)
{
    /// <summary>"septembre 2021" / "September 2021", as the language's <c>month_format</c> writes it.</summary>
    public string Month(string language, int year, int month)
    {
        var culture = site.Config.FindLanguage(language)?.Culture ?? CultureInfo.InvariantCulture;
        return new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString(strings[language]["month_format"], culture);
    }

    /// <summary>A month as a heading starts: "Septembre 2021".</summary>
    public string MonthHeading(string language, int year, int month)
    {
        var text = Month(language, year, month);
        var culture = site.Config.FindLanguage(language)?.Culture ?? CultureInfo.InvariantCulture;
        return text.Length == 0 ? text : char.ToUpper(text[0], culture) + text[1..];
    }

    /// <summary>"Archives 2021".</summary>
    public string YearTitle(string language, int year) => $"{strings[language]["archives"]} {year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The link to a month's archive: "Septembre 2021".</summary>
    public LinkView MonthLink(ArchiveMonth month) => new(MonthHeading(month.Language, month.Year, month.Month), site.Urls.Path(month.Path));

    /// <summary>The pages above a year's or a month's archive: the archives, then the year for a month.</summary>
    public IReadOnlyList<LinkView> Breadcrumbs(string language, int? year = null)
    {
        var crumbs = new List<LinkView> { new(strings[language]["archives"], site.Urls.Path(SitePaths.Archives(language))) };
        if (year is { } y)
        {
            crumbs.Add(new LinkView(y.ToString(CultureInfo.InvariantCulture), site.Urls.Path(SitePaths.ArchiveYear(language, y))));
        }

        return crumbs;
    }
}
