using Site.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Site.Deploy.Tests;

/// <summary>
/// Netlify has no schedule: the example workflow that docs/deploy.md gives calls a build hook every hour, from GitHub
/// Actions, with the hook kept as a secret.
/// </summary>
public sealed class ScheduledBuildTests
{
    private const string Example = "docs/examples/netlify-scheduled-build.yml";

    private readonly Workflow _workflow = Workflow.Load(Example);

    [Fact]
    public void RunsEveryHourAndByHand()
    {
        var cron = Assert.Single(_workflow.Triggers.Seq("schedule").Children.Cast<YamlMappingNode>()).Text("cron");

        Assert.True(IsHourly(cron), $"'{cron}' is not once an hour");
        Assert.True(_workflow.Triggers.Has("workflow_dispatch"));
    }

    [Fact]
    public void PostsToTheBuildHookKeptAsASecretAndNeedsNoPermission()
    {
        var step = Assert.Single(_workflow.Steps);
        var hook = step.Map("env").Text("BUILD_HOOK");

        Assert.Equal("${{ secrets.NETLIFY_BUILD_HOOK }}", hook);
        Assert.Contains("curl --fail", step.Text("run"), StringComparison.Ordinal);
        Assert.Contains("--request POST", step.Text("run"), StringComparison.Ordinal);
        Assert.Contains("\"$BUILD_HOOK\"", step.Text("run"), StringComparison.Ordinal);
        Assert.Empty(_workflow.Root.Map("permissions").Children);
    }

    [Fact]
    public void TheDeployGuideNamesTheExampleAndTheSecret()
    {
        var guide = RepositoryFile.Read("docs/deploy.md");

        Assert.Contains("examples/netlify-scheduled-build.yml", guide, StringComparison.Ordinal);
        Assert.Contains("NETLIFY_BUILD_HOOK", guide, StringComparison.Ordinal);
    }

    /// <summary>A cron expression that fires once an hour, at a fixed minute ("17 * * * *").</summary>
    internal static bool IsHourly(string? cron) =>
        cron?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var minute, "*", "*", "*", "*"] && int.TryParse(minute, out var m) && m is >= 0 and < 60;
}
