namespace Site.Core.Pipeline;

/// <summary>A named list of modules per phase, which may depend on the output of other pipelines.</summary>
public sealed class Pipeline(string name)
{
    private readonly Dictionary<Phase, List<IModule>> _modules = [];
    private readonly List<string> _dependencies = [];

    public string Name { get; } = name;

    public IReadOnlyList<string> Dependencies => _dependencies;

    public Pipeline DependsOn(params string[] pipelines)
    {
        _dependencies.AddRange(pipelines);
        return this;
    }

    public Pipeline In(Phase phase, params IModule[] modules)
    {
        if (!_modules.TryGetValue(phase, out var list))
        {
            _modules[phase] = list = [];
        }

        list.AddRange(modules);
        return this;
    }

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => _modules.GetValueOrDefault(phase) ?? [];
}
