using Site.Core.Diagnostics;
using Site.Rendering.Templates;

namespace Site.Build.Output;

/// <summary>Turns the theme layouts that failed while pages were rendered in parallel into diagnostics on those layouts.</summary>
internal static class RenderFailures
{
    /// <summary>Reports every layout failure inside <paramref name="exception"/>; false when it holds anything else (a bug, to crash on).</summary>
    public static bool Report(Exception exception, DiagnosticBag diagnostics)
    {
        var failures = ParallelFailures.Of(exception);
        if (failures.Count == 0 || !failures.All(f => f is TemplateRenderingException))
        {
            return false;
        }

        foreach (var failure in failures.Cast<TemplateRenderingException>().DistinctBy(f => (f.Template, f.Reason)))
        {
            diagnostics.Error(
                new SourceLocation(failure.Template),
                DiagnosticCode.LayoutFailed, $"the layout failed while rendering a page: {failure.Reason}",
                "check the filters and tags of this layout against the values they get ('include' and 'render' are not available)");
        }

        return true;
    }
}
