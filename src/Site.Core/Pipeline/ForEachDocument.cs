namespace Site.Core.Pipeline;

/// <summary>A module that handles each document on its own, in parallel, keeping the input order in its output.</summary>
public abstract class ForEachDocument : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
        inputs.AsParallel().AsOrdered()
            .WithCancellation(context.CancellationToken)
            .SelectMany(document => Process(document, context))
            .ToList();

    /// <summary>Zero, one or several documents made from <paramref name="document"/>.</summary>
    protected abstract IEnumerable<Document> Process(Document document, PipelineContext context);
}
