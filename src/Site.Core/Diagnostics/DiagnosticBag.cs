using System.Collections.Concurrent;

namespace Site.Core.Diagnostics;

/// <summary>Collects the diagnostics of a run from any thread, and lists them in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    /// <summary>Adds what another step found (a local bag, or diagnostics kept by a cache).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Enqueue(diagnostic);
        }
    }

    public void Error(SourceLocation at, DiagnosticCode code, string message, string? hint = null) => Add(Diagnostic.Error(at, code, message, hint));

    public void Warning(SourceLocation at, DiagnosticCode code, string message, string? hint = null) => Add(Diagnostic.Warning(at, code, message, hint));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int Count => _items.Count;

    /// <summary>Sorted by file, line, column, then message, so that reports do not depend on thread scheduling.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items.Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
