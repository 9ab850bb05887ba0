using System.Collections.Concurrent;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Content.Loading;

/// <summary>
/// The articles parsed by earlier builds of a preview session, keyed by file, size and modification time, so that a
/// rebuild parses only the files that changed. A different configuration empties it.
/// </summary>
public sealed class ContentCache
{
    private readonly ConcurrentDictionary<string, Cached> _files = new(StringComparer.Ordinal);
    private SiteConfig? _config;

    /// <summary>How many files the last build parsed (the others came from the cache).</summary>
    public int Parsed => _parsed;

    private int _parsed;

    public void Begin(SiteConfig config)
    {
        if (!ReferenceEquals(_config, config))
        {
            _files.Clear();
        }

        _config = config;
        _parsed = 0;
    }

    public Article? GetOrParse(string path, string sourcePath, Func<DiagnosticBag, Article?> parse, DiagnosticBag diagnostics)
    {
        var info = new FileInfo(path);
        var stamp = (info.Length, info.LastWriteTimeUtc);
        if (_files.TryGetValue(sourcePath, out var cached) && cached.Stamp == stamp)
        {
            diagnostics.AddRange(cached.Diagnostics);

            return cached.Article;
        }

        var local = new DiagnosticBag();
        var article = parse(local);
        var found = local.ToSortedList();
        diagnostics.AddRange(found);

        _files[sourcePath] = new Cached(stamp, article, found);
        Interlocked.Increment(ref _parsed);
        return article;
    }

    /// <summary>Forgets the files that no longer exist.</summary>
    public void KeepOnly(IReadOnlyCollection<string> sourcePaths)
    {
        var keep = sourcePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _files.Keys.Where(p => !keep.Contains(p)))
        {
            _files.TryRemove(path, out _);
        }
    }

    private sealed record Cached((long Length, DateTime Modified) Stamp, Article? Article, IReadOnlyList<Diagnostic> Diagnostics);
}
