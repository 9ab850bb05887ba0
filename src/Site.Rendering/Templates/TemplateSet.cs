using System.Globalization;
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
    public static readonly string[] RequiredLayouts = ["base", "article", "print", "list", "tags", "page", "root", "404", "archives", "redirect", "search", "home"];

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
            var relative = $"{ThemeLayout.Layouts}/{name}.liquid";
            var file = tree.DisplayPath(relative);
            if (!tree.Has(relative))
            {
                diagnostics.Error(new SourceLocation(file), DiagnosticCode.MissingLayout, $"the theme has no '{name}' layout", $"create {file} (see the default theme)");
                continue;
            }

            var text = tree.ReadText(relative, diagnostics);
            if (text is null)
            {
                continue;
            }

            if (Parser.TryParse(text, out var template, out var error))
            {
                var bounder = new RangeBounder();
                templates[name] = bounder.VisitTemplate(template);
                foreach (var (from, to) in bounder.TooLong)
                {
                    var (line, column) = PositionOfRange(text, from, to);
                    diagnostics.Error(
                        new SourceLocation(file, line, column),
                        DiagnosticCode.RangeTooLong, BoundedRange.TooLong(from, to),
                        "loop over the items themselves (such as 'for article in articles'), or over a shorter range");
                }
            }
            else
            {
                var (line, column) = PositionIn(error);
                diagnostics.Error(new SourceLocation(file, line, column), DiagnosticCode.LiquidSyntax, $"Liquid syntax error: {error}", "check that every {% tag %} is closed and every {{ value }} is balanced");
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
            throw new TemplateRenderingException($"{ThemeLayout.Folder}/{ThemeLayout.Layouts}/{layout}.liquid", ReasonFor(e), e);
        }
    }

    // The messages of the runtime's exceptions name their type, and Fluid's step limit speaks of recursion.
    private static string ReasonFor(Exception e) => e switch
    {
        OutOfMemoryException => "the page grew too large to hold in memory (a loop that repeats or doubles text too many times)",
        InsufficientExecutionStackException => "the layout nests too deep",
        InvalidOperationException { Source: "Fluid" } when e.Message.Contains("maximum", StringComparison.OrdinalIgnoreCase) =>
            $"the layout looped more than {TemplateLimits.MaximumSteps:N0} times for one page (a loop that never ends, or loops inside loops over everything)",
        _ => e.Message,
    };

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { MaxSteps = TemplateLimits.MaximumSteps };
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

    /// <summary>Where the range <c>(from..to)</c> is written in a layout, or (0, 0) when it is written another way.</summary>
    private static (int Line, int Column) PositionOfRange(string text, decimal from, decimal to)
    {
        foreach (Match match in LiteralRange().Matches(text))
        {
            if (decimal.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var start) && start == from
                && decimal.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, out var end) && end == to)
            {
                var before = text.AsSpan(0, match.Index);
                return (before.Count('\n') + 1, match.Index - before.LastIndexOf('\n'));
            }
        }

        return (0, 0);
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();

    [GeneratedRegex(@"\(\s*(-?[0-9.]+)\s*\.\.\s*(-?[0-9.]+)\s*\)")]
    private static partial Regex LiteralRange();
}
