namespace Site.Core.Pipeline;

/// <summary>How long one phase of one pipeline took.</summary>
public sealed record PipelineTiming(string Pipeline, Phase Phase, TimeSpan Elapsed);
