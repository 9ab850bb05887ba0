using Site.Core.Diagnostics;
using Site.Core.Pipeline;

namespace Site.Core.Tests.Pipeline;

public sealed class EngineTests
{
    [Fact]
    public void RunsADependentPipelineOnTheOutputOfItsDependency()
    {
        var pipelines = new[]
        {
            new Core.Pipeline.Pipeline("Print").DependsOn("Articles").In(Phase.Process, new Derive("Articles")),
            new Core.Pipeline.Pipeline("Articles").In(Phase.Input, new Create(100)),
        };

        var result = new Engine(pipelines).Run(new DiagnosticBag());

        Assert.Equal(["Articles", "Print"], result.Outputs.Select(o => o.Pipeline));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"{i}/print.html"), result.Outputs.Single(o => o.Pipeline == "Print").Documents.Select(d => d.Destination));
        Assert.Contains(result.Timings, t => t.Pipeline == "Print" && t.Phase == Phase.Process);
    }

    [Fact]
    public void KeepsTheInputOrderWhenProcessingInParallel()
    {
        var pipeline = new Core.Pipeline.Pipeline("A").In(Phase.Input, new Create(1000)).In(Phase.Process, new Rename());

        var result = new Engine([pipeline]).Run(new DiagnosticBag());

        Assert.Equal(Enumerable.Range(0, 1000).Select(i => $"{i}.html.out"), result.Outputs.Single(o => o.Pipeline == "A").Documents.Select(d => d.Destination));
    }

    [Fact]
    public void RefusesAnUnknownDependency()
    {
        var pipeline = new Core.Pipeline.Pipeline("A").DependsOn("Missing");

        Assert.Throws<InvalidOperationException>(() => new Engine([pipeline]).Run(new DiagnosticBag()));
    }

    [Fact]
    public void DocumentsAreImmutableAndCarryTypedFacets()
    {
        var document = new Document("a.html", TextContent.Of("x"));

        var tagged = document.With(new Marker(1));

        Assert.Null(document.Find<Marker>());
        Assert.Equal(1, tagged.Get<Marker>().Value);
    }

    private sealed record Marker(int Value);

    private sealed class Create(int count) : IModule
    {
        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
            Enumerable.Range(0, count).Select(i => new Document($"{i}.html", TextContent.Of(i.ToString()))).ToList();
    }

    private sealed class Derive(string from) : IModule
    {
        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
            context.OutputOf(from).Select(d => new Document(d.Destination.Replace(".html", "/print.html"), d.Content)).ToList();
    }

    private sealed class Rename : ForEachDocument
    {
        protected override IEnumerable<Document> Process(Document document, PipelineContext context)
        {
            Thread.SpinWait(Random.Shared.Next(1000));
            yield return new Document(document.Destination + ".out", document.Content);
        }
    }
}
