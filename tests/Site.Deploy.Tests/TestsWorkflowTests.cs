using Site.Deploy.Tests.Support;

namespace Site.Deploy.Tests;

public sealed class TestsWorkflowTests
{
    private readonly Workflow _workflow = Workflow.Load(".github/workflows/tests.yml");

    [Fact]
    public void RunsOnPullRequestsAndPushes()
    {
        Assert.True(_workflow.Triggers.Has("pull_request"));
        Assert.True(_workflow.Triggers.Has("push"));
    }

    [Fact]
    public void InstallsTheSdkThatGlobalJsonPins() =>
        Assert.Equal("global.json", _workflow.StepUsing("actions/setup-dotnet@v4").Map("with").Text("global-json-file"));

    [Fact]
    public void InstallsChromiumWithAptBeforeRunningEveryTest()
    {
        var runs = _workflow.RunCommands.ToList();
        var chromium = runs.FindIndex(r => r.Contains("apt-get install -y chromium", StringComparison.Ordinal));
        var test = runs.FindIndex(r => r.Trim() == "dotnet test");

        Assert.True(chromium >= 0, "no step installs chromium with apt");
        Assert.True(test > chromium, "dotnet test must run after chromium is installed");
    }
}
