using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>What one layout of the theme is given: the page around it and the variables only it reads.</summary>
internal interface ILayoutModel
{
    /// <summary>The layout's name: <c>theme/layouts/{Layout}.liquid</c>.</summary>
    string Layout { get; }

    /// <summary>Whether the layout is a fragment placed in <c>base.liquid</c>; otherwise it is a whole document.</summary>
    bool InBase { get; }

    PageView Page { get; }

    /// <summary>The layout's own variables, besides <c>page</c>, <c>t</c> and <c>site</c> that every layout gets.</summary>
    IEnumerable<(string Name, object? Value)> Values { get; }
}
