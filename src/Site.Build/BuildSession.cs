using Site.Build.Output;
using Site.Content.Loading;
using Site.Core.Model;
using Site.Rendering.I18n;
using Site.Rendering.Templates;

namespace Site.Build;

/// <summary>
/// What a preview session keeps between builds: the configuration, theme and articles that did not change, and the
/// output folder it updates in place. With a session, a rebuild after one edited article parses one file, renders
/// the pages that show it, checks those pages, and writes them, leaving everything else as it was.
/// </summary>
public sealed class BuildSession
{
    internal ContentCache Content { get; } = new();

    internal StampedCache<SiteConfig?> Config { get; } = new();

    internal StampedCache<(TemplateSet? Templates, IReadOnlyDictionary<string, UiStrings> Strings)> Theme { get; } = new();

    internal MarkdownCache Markdown { get; } = new();

    internal IncrementalOutput? Output { get; set; }

    /// <summary>The files the last successful build wrote or deleted, relative to the output folder.</summary>
    public IReadOnlyList<string> LastChanged { get; internal set; } = [];
}
