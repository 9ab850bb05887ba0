namespace Site.Build;

/// <summary>How long one step of the build took.</summary>
public sealed record StepTiming(string Step, TimeSpan Elapsed);
