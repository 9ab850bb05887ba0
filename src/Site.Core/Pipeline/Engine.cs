using System.Collections.Concurrent;
using System.Diagnostics;

using Site.Core.Diagnostics;

namespace Site.Core.Pipeline;

/// <summary>Runs pipelines phase by phase; in the process phase, each pipeline starts once those it depends on are done.</summary>
public sealed class Engine(IReadOnlyList<Pipeline> pipelines)
{
    public EngineResult Run(DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var order = DependencyOrder.Sort(pipelines);
        var outputs = new ConcurrentDictionary<string, IReadOnlyList<Document>>(StringComparer.Ordinal);
        var timings = new ConcurrentDictionary<(string, Phase), TimeSpan>();

        void RunPhase(Pipeline pipeline, Phase phase, IReadOnlyDictionary<string, IReadOnlyList<Document>> visible)
        {
            var clock = Stopwatch.StartNew();
            var documents = outputs.GetValueOrDefault(pipeline.Name) ?? [];
            var context = new PipelineContext(pipeline.Name, visible, diagnostics, cancellationToken);
            foreach (var module in pipeline.ModulesOf(phase))
            {
                cancellationToken.ThrowIfCancellationRequested();
                documents = module.Execute(documents, context);
            }

            outputs[pipeline.Name] = documents;
            timings[(pipeline.Name, phase)] = clock.Elapsed;
        }

        Parallel.ForEach(order, p => RunPhase(p, Phase.Input, new Dictionary<string, IReadOnlyList<Document>>()));
        RunProcessPhase(order, outputs, RunPhase);

        return new EngineResult(
            order.Select(p => (p.Name, outputs[p.Name])).ToList(),
            timings.OrderBy(t => t.Key.Item1, StringComparer.Ordinal).ThenBy(t => t.Key.Item2)
                .Select(t => new PipelineTiming(t.Key.Item1, t.Key.Item2, t.Value)).ToList());
    }

    private static void RunProcessPhase(
        IReadOnlyList<Pipeline> order,
        ConcurrentDictionary<string, IReadOnlyList<Document>> outputs,
        Action<Pipeline, Phase, IReadOnlyDictionary<string, IReadOnlyList<Document>>> runPhase)
    {
        var done = new Dictionary<string, Task>(StringComparer.Ordinal);
        foreach (var pipeline in order)
        {
            var dependencies = pipeline.Dependencies.Select(d => done[d]).ToArray();
            done[pipeline.Name] = Task.WhenAll(dependencies).ContinueWith(
                _ =>
                {
                    Task.WhenAll(dependencies).GetAwaiter().GetResult();
                    var visible = pipeline.Dependencies.ToDictionary(d => d, d => outputs[d]);
                    runPhase(pipeline, Phase.Process, visible);
                },
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default);
        }

        Task.WhenAll(done.Values).GetAwaiter().GetResult();
    }
}
