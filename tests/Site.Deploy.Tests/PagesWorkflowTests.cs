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
    public void RunsEveryHourSoThatArticlesDatedInTheFutureAppearOnTime()
    {
        var cron = Assert.Single(_workflow.Triggers.Seq("schedule").Children.Cast<YamlDotNet.RepresentationModel.YamlMappingNode>()).Text("cron");

        Assert.True(ScheduledBuildTests.IsHourly(cron), $"'{cron}' is not once an hour");
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

    [Fact]
    public void InstallsTheSdkThatGlobalJsonPins()
    {
        var setup = _workflow.StepUsing("actions/setup-dotnet@v4");

        Assert.Equal("global.json", setup.Map("with").Text("global-json-file"));
        Assert.True(File.Exists(RepositoryFile.Path("global.json")));
    }

    [Fact]
    public void RestoresTheBuildCacheBeforeTheBuild()
    {
        var steps = Workflow.StepsOf(_workflow.Job("build")).ToList();
        var cache = steps.FindIndex(s => s.Text("uses") == "actions/cache@v4");
        var build = steps.FindIndex(s => s.Text("run")?.Contains("-- build", StringComparison.Ordinal) == true);

        Assert.True(cache >= 0 && cache < build, "the cache must be restored before the build");

        // A new key for every commit, restored from the newest earlier one: a prefix of it.
        var key = steps[cache].Map("with").Text("key")!;
        Assert.Contains("github.sha", key, StringComparison.Ordinal);
        Assert.StartsWith(steps[cache].Map("with").Text("restore-keys")!, key, StringComparison.Ordinal);
    }

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
