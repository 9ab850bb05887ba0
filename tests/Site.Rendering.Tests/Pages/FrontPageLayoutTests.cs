using Site.Content.Config;
using Site.Core.Diagnostics;
using Site.Rendering.I18n;
using Site.Rendering.Templates;
using Site.Rendering.Views;
using Site.TestSupport;

namespace Site.Rendering.Tests.Pages;

/// <summary>The theme's <c>home.liquid</c>: the front page's pictures take their responsive variants, with sizes that match its grid, only when they have some.</summary>
public sealed class FrontPageLayoutTests
{
    private static readonly TemplateSet Templates = TemplateSet.Load(RepositoryPaths.Theme, new DiagnosticBag())!;

    private static readonly UiStrings French = UiStringsLoader.Load(RepositoryPaths.Theme, SiteConfigLoader.Parse(TestSite.BilingualConfig, new DiagnosticBag())!, new DiagnosticBag())["fr"];

    [Fact]
    public void GivesEachPictureItsVariantsWithTheWidthItTakesInTheGrid()
    {
        var html = Render(srcset: "/media/a.480.h.webp 480w, /media/a.800.h.webp 800w");

        Assert.Contains("srcset=\"/media/a.480.h.webp 480w, /media/a.800.h.webp 800w\" sizes=\"(min-width: 60rem) 46rem, calc(100vw - 2rem)\"", html, StringComparison.Ordinal);
        Assert.Contains("sizes=\"7rem\"", html, StringComparison.Ordinal);
        Assert.Contains("sizes=\"(min-width: 60rem) 22rem, (min-width: 40rem) calc(50vw - 2rem), 7rem\"", html, StringComparison.Ordinal);
        Assert.Equal(4, Occurrences.Of(" srcset=", html));
    }

    [Fact]
    public void PrintsNeitherSrcsetNorSizesForPicturesWithoutVariants()
    {
        var html = Render(srcset: null);

        Assert.Equal(4, Occurrences.Of("<img src=\"/media/a.jpg\"", html));
        Assert.DoesNotContain("srcset", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sizes=", html, StringComparison.Ordinal);
    }

    private static string Render(string? srcset)
    {
        EntryView Entry(string slug) => new()
        {
            Title = slug,
            Url = $"/fr/2021/06/{slug}/",
            AbsoluteUrl = $"https://example.org/fr/2021/06/{slug}/",
            Date = new DateView("2021-06-01T08:00:00+02:00", "1 juin 2021 à 8 h") { Day = "1 juin 2021" },
            Image = new ImageView("/media/a.jpg", "https://example.org/media/a.jpg", "A", 1600, 900) { Srcset = srcset },
            Summary = "Résumé",
            Body = string.Empty,
            PrintBody = string.Empty,
            Language = "fr",
        };

        var front = new FrontPageView
        {
            Lead = Entry("lead"),
            Teasers = [Entry("t1"), Entry("t2")],
            Sections = [new FrontSectionView("Monde", "/fr/categories/monde/", [Entry("s1"), Entry("s2")])],
        };
        var listing = new ListingView { Kind = "home", Heading = "Le Journal", Entries = [], Full = false };
        return Templates.Render("home", new Dictionary<string, object?> { ["listing"] = listing, ["front"] = front, ["t"] = French.Values });
    }
}
