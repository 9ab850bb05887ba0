using Site.Deploy.Tests.Support;

namespace Site.Deploy.Tests;

public sealed class PagesWorkflowTests
{
    private readonly Workflow _workflow = Workflow.Load(".github/workflows/pages.yml");

    [Fact]
    public void RunsOnPushesToMainAndByHand()
    {
        Assert.Equal(["main"], _workflow.Triggers.Map("push").Seq("branches").Texts());
        Assert.True(_workflow.Triggers.Has("workflow_dispatch"));
        Assert.False(_workflow.Triggers.Has("pull_request"));
    }

    [Fact]
    public void AsksOnlyForThePermissionsPagesNeeds()
    {
        var permissions = _workflow.Root.Map("permissions");

        Assert.Equal("read", permissions.Text("contents"));
        Assert.Equal("write", permissions.Text("pages"));
        Assert.Equal("write", permissions.Text("id-token"));
        Assert.Equal(3, permissions.Children.Count);
    }

    [Fact]
    public void DeploysOneAtATimeWithoutCancellingADeployment()
    {
        var concurrency = _workflow.Root.Map("concurrency");

        Assert.Equal("pages", concurrency.Text("group"));
        Assert.Equal("false", concurrency.Text("cancel-in-progress"));
    }

    [Fact]
    public void BuildsThenDeploys()
    {
        Assert.Equal(["build", "deploy"], _workflow.Root.Map("jobs").Children.Keys.Select(k => k.ToString()));
        Assert.Equal("build", _workflow.Job("deploy").Text("needs"));
    }

    [Theory]
    [InlineData("build", "actions/checkout@v4")]
    [InlineData("build", "actions/setup-dotnet@v4")]
    [InlineData("build", "actions/configure-pages@v5")]
    [InlineData("build", "actions/upload-pages-artifact@v3")]
    [InlineData("deploy", "actions/deploy-pages@v4")]
    public void UsesEachActionInItsJob(string job, string action) =>
        Assert.Single(Workflow.StepsOf(_workflow.Job(job)), s => s.Text("uses") == action);

    [Fact]
    public void InstallsTheSdkThatGlobalJsonPins()
    {
        var setup = _workflow.StepUsing("actions/setup-dotnet@v4");

        Assert.Equal("global.json", setup.Map("with").Text("global-json-file"));
        Assert.True(File.Exists(RepositoryFile.Path("global.json")));
    }

    [Fact]
    public void BuildsWithTheBaseUrlThatPagesGivesAfterConfiguringPages()
    {
        var steps = Workflow.StepsOf(_workflow.Job("build")).ToList();
        var configure = steps.FindIndex(s => s.Text("uses") == "actions/configure-pages@v5");
        var build = steps.FindIndex(s => s.Text("run")?.Contains("-- build", StringComparison.Ordinal) == true);

        Assert.Equal("pages", steps[configure].Text("id"));
        Assert.True(configure < build, "configure-pages must run before the build");
        Assert.Equal(
            "dotnet run --project src/Site.Cli -c Release -- build --base-url \"${{ steps.pages.outputs.base_url }}/\"",
            steps[build].Text("run"));
    }

    [Fact]
    public void RestoresTheBuildCacheBeforeTheBuild()
    {
        var steps = Workflow.StepsOf(_workflow.Job("build")).ToList();
        var cache = steps.FindIndex(s => s.Text("uses") == "actions/cache@v4");
        var build = steps.FindIndex(s => s.Text("run")?.Contains("-- build", StringComparison.Ordinal) == true);

        Assert.True(cache >= 0 && cache < build, "the cache must be restored before the build");
        Assert.Equal(".site-cache", steps[cache].Map("with").Text("path"));
        Assert.Equal("site-cache-${{ github.sha }}", steps[cache].Map("with").Text("key"));
        Assert.Equal("site-cache-", steps[cache].Map("with").Text("restore-keys"));
    }

    [Fact]
    public void UploadsTheOutputFolder() =>
        Assert.Equal("output", _workflow.StepUsing("actions/upload-pages-artifact@v3").Map("with").Text("path"));

    [Fact]
    public void DeploysToTheGithubPagesEnvironmentAndShowsItsUrl()
    {
        var deploy = _workflow.Job("deploy");
        var step = _workflow.StepUsing("actions/deploy-pages@v4");

        Assert.Equal("github-pages", deploy.Map("environment").Text("name"));
        Assert.Equal("deployment", step.Text("id"));
        Assert.Equal("${{ steps.deployment.outputs.page_url }}", deploy.Map("environment").Text("url"));
    }
}
