using Site.Core.Diagnostics;

namespace Site.Core.Pipeline;

/// <summary>What a module sees besides its input: diagnostics, the output of other pipelines, cancellation.</summary>
public sealed class PipelineContext(string pipeline, IReadOnlyDictionary<string, IReadOnlyList<Document>> outputs, DiagnosticBag diagnostics, CancellationToken cancellationToken)
{
    public string Pipeline { get; } = pipeline;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The output of a pipeline this pipeline depends on.</summary>
    public IReadOnlyList<Document> OutputOf(string pipeline) =>
        outputs.TryGetValue(pipeline, out var documents)
            ? documents
            : throw new InvalidOperationException($"Pipeline '{Pipeline}' reads '{pipeline}' before it has run; declare the dependency.");
}
