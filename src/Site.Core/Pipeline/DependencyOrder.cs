namespace Site.Core.Pipeline;

/// <summary>Orders pipelines so that each comes after those it depends on, keeping the declared order otherwise.</summary>
internal static class DependencyOrder
{
    public static IReadOnlyList<Pipeline> Sort(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var sorted = new List<Pipeline>(pipelines.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done

        void Visit(Pipeline pipeline)
        {
            if (state.TryGetValue(pipeline.Name, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on itself through its dependencies.");
                }

                return;
            }

            state[pipeline.Name] = false;
            foreach (var dependency in pipeline.Dependencies)
            {
                Visit(byName.TryGetValue(dependency, out var other)
                    ? other
                    : throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'."));
            }

            state[pipeline.Name] = true;
            sorted.Add(pipeline);
        }

        foreach (var pipeline in pipelines)
        {
            Visit(pipeline);
        }

        return sorted;
    }
}
