using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Site.Core.Diagnostics;
using Site.Core.Files;

namespace Site.Rendering.Templates;

/// <summary>The theme's Liquid layouts, each parsed once; rendering encodes every printed value as HTML unless a template asks for <c>raw</c>.</summary>
public sealed partial class TemplateSet
{
    /// <summary>The layouts a theme must have, in <c>theme/layouts/&lt;name&gt;.liquid</c>.</summary>
    public static readonly string[] RequiredLayouts = ["base", "article", "print", "list", "tags", "page", "root", "404"];

    private static readonly HtmlEncoder Encoder = MinimalHtmlEncoder.Instance;

    private static readonly FluidParser Parser = new();

    private readonly Dictionary<string, IFluidTemplate> _templates;
    private readonly TemplateOptions _options;

    private TemplateSet(Dictionary<string, IFluidTemplate> templates, TemplateOptions options)
    {
        _templates = templates;
        _options = options;
    }

    public static TemplateSet? Load(string themeDirectory, DiagnosticBag diagnostics)
    {
        var tree = SourceTree.Theme(themeDirectory);
        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var name in RequiredLayouts)
        {
            var relative = $"layouts/{name}.liquid";
            var file = tree.DisplayPath(relative);
            if (!tree.Has(relative))
            {
                diagnostics.Error(new SourceLocation(file), $"the theme has no '{name}' layout", $"create {file} (see the default theme)");
                continue;
            }

            var text = tree.ReadText(relative, diagnostics);
            if (text is null)
            {
                continue;
            }

            if (Parser.TryParse(text, out var template, out var error))
            {
                templates[name] = template;
            }
            else
            {
                var (line, column) = PositionIn(error);
                diagnostics.Error(new SourceLocation(file, line, column), $"Liquid syntax error: {error}", "check that every {% tag %} is closed and every {{ value }} is balanced");
            }
        }

        return templates.Count == RequiredLayouts.Length ? new TemplateSet(templates, CreateOptions()) : null;
    }

    /// <summary>Renders a layout with the given top-level variables.</summary>
    public string Render(string layout, IReadOnlyDictionary<string, object?> values)
    {
        var context = new TemplateContext(_options);
        foreach (var (name, value) in values)
        {
            context.SetValue(name, value);
        }

        try
        {
            return _templates[layout].Render(context, Encoder);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new TemplateRenderingException($"theme/layouts/{layout}.liquid", e.Message, e);
        }
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.IgnoreCasing = true;
        foreach (var type in typeof(TemplateSet).Assembly.GetTypes().Where(t => t.Namespace == "Site.Rendering.Views" && t.IsPublic))
        {
            options.MemberAccessStrategy.Register(type);
        }

        return options;
    }

    private static (int Line, int Column) PositionIn(string error)
    {
        var match = Position().Match(error);
        return match.Success ? (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)) : (0, 0);
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}
