namespace Site.Core.Pipeline;

/// <summary>The phases every pipeline goes through, in this order; all pipelines finish a phase before the next starts.</summary>
public enum Phase
{
    /// <summary>Creates documents; runs for all pipelines at once.</summary>
    Input,

    /// <summary>Transforms documents; a pipeline waits for the pipelines it depends on.</summary>
    Process,
}
