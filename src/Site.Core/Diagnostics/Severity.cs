namespace Site.Core.Diagnostics;

/// <summary>How serious a diagnostic is: errors stop the build, warnings are reported.</summary>
public enum Severity
{
    Warning,
    Error,
}
