namespace Site.Rendering.Templates;

/// <summary>
/// A theme layout that parsed but failed while rendering a page (a filter dividing by zero, an <c>include</c> of a
/// missing file). The build reports it as a diagnostic on the layout; it is bad input, not a bug of the generator.
/// </summary>
public sealed class TemplateRenderingException(string template, string reason, Exception inner) : Exception($"{template}: {reason}", inner)
{
    /// <summary>The layout, as <c>theme/layouts/&lt;name&gt;.liquid</c>.</summary>
    public string Template { get; } = template;

    public string Reason { get; } = reason;
}
