namespace Site.Core.Pipeline;

/// <summary>The documents each pipeline produced, in the order the pipelines were declared (dependencies first), and the time of each phase.</summary>
public sealed record EngineResult(IReadOnlyList<(string Pipeline, IReadOnlyList<Document> Documents)> Outputs, IReadOnlyList<PipelineTiming> Timings)
{
    public IEnumerable<Document> AllDocuments => Outputs.SelectMany(o => o.Documents);
}
