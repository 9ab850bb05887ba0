namespace Site.Cli.Commands;

/// <summary>The environment variables that CI services and hosts set, which say that a build is a deployment.</summary>
internal static class DeploymentVariables
{
    public static readonly string[] Names = ["CI", "NETLIFY", "GITHUB_ACTIONS"];

    /// <summary>The first of <see cref="Names"/> that is set (not empty), or null.</summary>
    public static string? Find(Func<string, string?> environment) =>
        Names.FirstOrDefault(name => !string.IsNullOrEmpty(environment(name)));
}
