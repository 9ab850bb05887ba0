using Site.Core.Diagnostics;
using Site.Rendering.Templates;

namespace Site.Build;

/// <summary>
/// The theme's layouts, parsed on another core while the configuration loads. Parsing them needs only the theme
/// folder; both steps are mostly JIT compilation on one thread, which left the other core idle at a build's start.
/// What the parse reports is added to the build's diagnostics only when the build goes on to load the theme.
/// </summary>
internal sealed class EarlyTemplates
{
    private readonly Task<(TemplateSet? Templates, DiagnosticBag Diagnostics)> _parsing;

    private EarlyTemplates(string themeDirectory, bool scans)
    {
        _parsing = Task.Run(() =>
        {
            var diagnostics = new DiagnosticBag();
            return (TemplateSet.Load(themeDirectory, diagnostics), diagnostics);
        });
        if (scans)
        {
            // Then, on the same core and without holding the theme up, what every page's scan will need.
            _parsing.ContinueWith(_ => ScannerWarmUp.Run(), TaskScheduler.Default);
        }
    }

    /// <param name="scans">Whether the build will scan its pages (<see cref="ScannerWarmUp"/>).</param>
    public static EarlyTemplates Start(string themeDirectory, bool scans) => new(themeDirectory, scans);

    /// <summary>The parsed layouts (null when they have errors, reported to <paramref name="diagnostics"/>).</summary>
    public TemplateSet? Take(DiagnosticBag diagnostics)
    {
        var (templates, found) = _parsing.GetAwaiter().GetResult();
        diagnostics.AddRange(found.ToSortedList());
        return templates;
    }

    /// <summary>Waits for the parse to end, whatever it found: a build that stops early is not left reading the theme.</summary>
    public void Abandon()
    {
        try
        {
            _parsing.Wait();
        }
        catch (AggregateException)
        {
            // The build stopped before it needed the theme: what reading it failed on is not its concern.
        }
    }
}
