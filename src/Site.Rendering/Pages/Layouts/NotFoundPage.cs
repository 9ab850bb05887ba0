using Site.Core.Urls;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>The model of <c>404.liquid</c>: the page of a language that answers a missing address.</summary>
internal sealed record NotFoundPage(PageView Page) : ILayoutModel
{
    public string Layout => "404";

    public bool InBase => true;

    public IEnumerable<(string Name, object? Value)> Values => [];

    public static NotFoundPage Build(LayoutContext context, string language)
    {
        var title = context.Strings[language]["not_found_title"];
        var page = context.Pages.Create("404", language, title, SitePaths.NotFound(language), new Dictionary<string, string>(), SitePaths.Home) with
        {
            Noindex = true,
        };
        return new NotFoundPage(page);
    }
}
