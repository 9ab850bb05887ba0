namespace Site.Core.Pipeline;

/// <summary>One step of a pipeline, named by a verb (<c>RenderArticlePages</c>): documents in, documents out.</summary>
public interface IModule
{
    IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context);
}
