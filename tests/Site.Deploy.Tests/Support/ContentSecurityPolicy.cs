namespace Site.Deploy.Tests.Support;

/// <summary>A Content-Security-Policy split into its directives and their sources.</summary>
internal sealed class ContentSecurityPolicy
{
    private readonly Dictionary<string, string[]> _directives;

    private ContentSecurityPolicy(Dictionary<string, string[]> directives) => _directives = directives;

    public IReadOnlyCollection<string> Names => _directives.Keys;

    public static ContentSecurityPolicy Parse(string policy) =>
        new(policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0].ToLowerInvariant(), parts => parts[1..], StringComparer.Ordinal));

    public bool Has(string directive) => _directives.ContainsKey(directive);

    /// <summary>The sources of a directive, falling back to default-src as browsers do for fetch directives.</summary>
    public IReadOnlyList<string> Sources(string directive) =>
        _directives.TryGetValue(directive, out var sources) ? sources
        : _directives.TryGetValue("default-src", out var fallback) ? fallback
        : ["*"];
}
