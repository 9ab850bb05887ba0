using System.Text.RegularExpressions;
using Site.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Site.Deploy.Tests;

/// <summary>
/// The deployment files are run, not restated: the build step of each GitHub workflow and Netlify's build command run
/// in a checkout of this repository (<see cref="CheckedOutRepository"/>) with what the host would give them, and the
/// site they build is where the host publishes it, under the URL the host serves it at. The tests of the checkout's
/// collection run one after the other, so the commands never build the checkout at the same time.
/// </summary>
[Collection(CheckoutCollection.Name)]
public sealed class DeployCommandsTests(CheckedOutRepository checkout)
{
    /// <summary>A net for a hang (the first command compiles the generator), not a speed requirement.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task GivenThePagesWorkflowWhenItsBuildStepRunsWithThePagesBaseUrlThenTheUploadedFolderHoldsTheSiteUnderThatUrl()
    {
        var workflow = Workflow.Load(".github/workflows/pages.yml");
        var steps = Workflow.StepsOf(workflow.Job("build")).ToList();
        var build = BuildStep(steps);
        Assert.True(Index(steps, "actions/checkout@") < Index(steps, "actions/setup-dotnet@"), "the SDK is set up after the checkout");
        Assert.True(Index(steps, "actions/setup-dotnet@") < steps.IndexOf(build), "the build runs after the SDK is set up");
        Assert.True(File.Exists(checkout.Path(steps[Index(steps, "actions/setup-dotnet@")].Map("with").Text("global-json-file")!)));
        var pages = steps[Index(steps, "actions/configure-pages@")];
        Assert.True(steps.IndexOf(pages) < steps.IndexOf(build), "Pages is configured before the build that uses its base URL");

        // configure-pages gives the URL without its trailing slash.
        var install = Assert.Single(steps, s => s.Text("run")?.Contains("npm ci", StringComparison.Ordinal) == true);
        Assert.True(steps.IndexOf(install) < steps.IndexOf(build), "Pagefind is installed before the build that runs it");
        Assert.Contains("--require-search", build.Text("run")!, StringComparison.Ordinal);
        var (installed, installLog) = await checkout.RunAsync(install.Text("run")!, Environment(workflow), Bound);
        Assert.True(installed == 0, $"npm ci: exit code {installed}:\n{installLog}");

        var command = WorkflowExpressions.Substitute(build.Text("run")!, new Dictionary<string, string> { [$"steps.{pages.Text("id")}.outputs.base_url"] = "https://user.github.io/paper" });
        var (exitCode, log) = await checkout.RunAsync(command, Environment(workflow), Bound);

        Assert.True(exitCode == 0, $"exit code {exitCode}:\n{log}");
        var uploaded = steps[Index(steps, "actions/upload-pages-artifact@")].Map("with").Text("path")!;
        Assert.Equal("https://user.github.io/paper/fr/", Canonical(Path.Combine(uploaded, "fr", "index.html")));
        Assert.True(File.Exists(checkout.Path(Path.Combine(uploaded, "pagefind", "pagefind-ui.js"))), "the uploaded site has no search index");
        var cached = steps[Index(steps, "actions/cache@")].Map("with").Text("path")!;
        Assert.True(Directory.Exists(checkout.Path(cached)), $"the build wrote no cache in {cached}, the folder the cache step keeps");
    }

    [Fact]
    public async Task GivenTheTestsWorkflowWhenItsSampleBuildStepRunsThenItBuildsTheSiteAtTheBaseUrlOfSiteYml()
    {
        var workflow = Workflow.Load(".github/workflows/tests.yml");
        var steps = Workflow.StepsOf(workflow.Job("test")).ToList();
        var build = BuildStep(steps);
        Assert.True(Index(steps, "actions/setup-dotnet@") < steps.IndexOf(build), "the build runs after the SDK is set up");

        var (exitCode, log) = await checkout.RunAsync(WorkflowExpressions.Substitute(build.Text("run")!, new Dictionary<string, string>()), Environment(workflow), Bound);

        Assert.True(exitCode == 0, $"exit code {exitCode}:\n{log}");
        Assert.StartsWith(SampleBaseUrl(), Canonical(Path.Combine("output", "fr", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenNetlifysBuildCommandWhenItRunsForADeployPreviewThenThePublishFolderHoldsTheSiteAtThePreviewUrl()
    {
        var config = NetlifyConfig.Load();
        var cache = checkout.Path("netlify-cache");
        var environment = ((Tomlyn.Model.TomlTable)config.Root["build"])["environment"] is Tomlyn.Model.TomlTable table
            ? table.ToDictionary(p => p.Key, p => p.Value.ToString()!)
            : [];
        environment["CONTEXT"] = "deploy-preview";
        environment["DEPLOY_PRIME_URL"] = "https://deploy-preview-7--paper.netlify.app";
        environment["NETLIFY_CACHE_DIR"] = cache;

        var (exitCode, log) = await checkout.RunAsync((string)config.Build["command"], environment, Bound);

        Assert.True(exitCode == 0, $"exit code {exitCode}:\n{log}");
        Assert.Equal("https://deploy-preview-7--paper.netlify.app/fr/", Canonical(Path.Combine((string)config.Build["publish"], "fr", "index.html")));
        Assert.True(File.Exists(checkout.Path(Path.Combine((string)config.Build["publish"], "pagefind", "pagefind-ui.js"))), "the published site has no search index");
        Assert.Matches(@"npm ci[\s\S]*-- build --require-search", RepositoryFile.Read(".ci/netlify-build.sh"));
        Assert.True(Directory.Exists(Path.Combine(cache, ".site-cache")), "the build cache is not in the folder Netlify keeps");
    }

    /// <summary>The step that builds the site: the one that runs the generator's build command.</summary>
    private static YamlMappingNode BuildStep(List<YamlMappingNode> steps) =>
        Assert.Single(steps, s => s.Text("run") is { } run && run.Contains("src/Site.Cli", StringComparison.Ordinal) && run.Contains("-- build", StringComparison.Ordinal));

    private static int Index(List<YamlMappingNode> steps, string action)
    {
        var index = steps.FindIndex(s => s.Text("uses")?.StartsWith(action, StringComparison.Ordinal) == true);
        Assert.True(index >= 0, $"no step uses {action}");
        return index;
    }

    /// <summary>The workflow's own <c>env:</c>, which every step sees.</summary>
    private static Dictionary<string, string> Environment(Workflow workflow) =>
        workflow.Root.Has("env")
            ? workflow.Root.Map("env").Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!)
            : [];

    private string Canonical(string page)
    {
        var html = File.ReadAllText(checkout.Path(page));
        var match = Regex.Match(html, "<link rel=\"canonical\" href=\"(?<url>[^\"]+)\">");
        Assert.True(match.Success, $"{page} has no canonical link");
        return match.Groups["url"].Value;
    }

    private static string SampleBaseUrl()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(RepositoryFile.Read("input/site.yml"));
        stream.Load(reader);
        return ((YamlMappingNode)stream.Documents[0].RootNode).Text("baseUrl")!;
    }
}
