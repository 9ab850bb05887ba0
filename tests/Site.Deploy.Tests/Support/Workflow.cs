using YamlDotNet.RepresentationModel;

namespace Site.Deploy.Tests.Support;

/// <summary>A GitHub Actions workflow file as a YAML node tree, with helpers to walk it.</summary>
internal sealed class Workflow
{
    private Workflow(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    /// <summary>The `on:` table (a plain string key: YamlDotNet's node tree does not read it as a YAML 1.1 boolean).</summary>
    public YamlMappingNode Triggers => Root.Map("on");

    public static Workflow Load(string relativePath)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(RepositoryFile.Read(relativePath));
        stream.Load(reader);
        return new Workflow((YamlMappingNode)stream.Documents.Single().RootNode);
    }

    public YamlMappingNode Job(string name) => Root.Map("jobs").Map(name);

    public static IEnumerable<YamlMappingNode> StepsOf(YamlMappingNode job) => job.Seq("steps").Children.Cast<YamlMappingNode>();

    /// <summary>Every step of every job, in order.</summary>
    public IEnumerable<YamlMappingNode> Steps => Root.Map("jobs").Children.Values.Cast<YamlMappingNode>().SelectMany(StepsOf);

    /// <summary>The one step that uses <paramref name="action"/> (owner/name@version).</summary>
    public YamlMappingNode StepUsing(string action) => Assert.Single(Steps, s => s.Text("uses") == action);

    /// <summary>The shell commands of every `run:` step.</summary>
    public IEnumerable<string> RunCommands => Steps.Select(s => s.Text("run")).OfType<string>();
}
