using YamlDotNet.RepresentationModel;

namespace Site.Deploy.Tests.Support;

/// <summary>What the deployment files must agree with in input/site.yml: its languages.</summary>
internal sealed class SampleSite
{
    private SampleSite(YamlMappingNode root)
    {
        DefaultLanguage = root.Text("defaultLanguage")!;
        LanguageCodes = root.Seq("languages").Children.Cast<YamlMappingNode>().Select(l => l.Text("code")!).ToList();
    }

    public string DefaultLanguage { get; }

    public IReadOnlyList<string> LanguageCodes { get; }

    public static SampleSite Load()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(RepositoryFile.Read("input/site.yml"));
        stream.Load(reader);
        return new SampleSite((YamlMappingNode)stream.Documents.Single().RootNode);
    }
}
