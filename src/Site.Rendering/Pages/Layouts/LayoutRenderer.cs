using Site.Rendering.I18n;
using Site.Rendering.Templates;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>Renders a layout's model through the theme: the layout, then <c>base.liquid</c> around it when it is a fragment.</summary>
internal sealed class LayoutRenderer(TemplateSet templates, IReadOnlyDictionary<string, UiStrings> strings)
{
    public string Render(ILayoutModel model)
    {
        var content = Render(model.Layout, model.Page, model.Values);
        return model.InBase ? Render("base", model.Page, [("content", content)]) : content;
    }

    private string Render(string layout, PageView page, IEnumerable<(string Name, object? Value)> values)
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["page"] = page,
            ["t"] = strings[page.Language].Values,
            ["site"] = new LinkView(page.SiteTitle, page.HomeUrl),
        };
        foreach (var (name, value) in values)
        {
            variables[name] = value;
        }

        return templates.Render(layout, variables);
    }
}
