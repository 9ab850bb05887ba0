using YamlDotNet.RepresentationModel;

namespace Site.Deploy.Tests.Support;

/// <summary>Short, failing-with-a-message access to YAML mappings.</summary>
internal static class YamlNodes
{
    public static YamlMappingNode Map(this YamlMappingNode node, string key) => Child<YamlMappingNode>(node, key);

    public static YamlSequenceNode Seq(this YamlMappingNode node, string key) => Child<YamlSequenceNode>(node, key);

    public static string? Text(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? (child as YamlScalarNode)?.Value : null;

    public static bool Has(this YamlMappingNode node, string key) => node.Children.ContainsKey(new YamlScalarNode(key));

    public static IEnumerable<string?> Texts(this YamlSequenceNode node) => node.Children.OfType<YamlScalarNode>().Select(s => s.Value);

    private static T Child<T>(YamlMappingNode node, string key)
        where T : YamlNode
    {
        Assert.True(node.Children.TryGetValue(new YamlScalarNode(key), out var child), $"missing key '{key}' at {node.Start}");
        return Assert.IsType<T>(child);
    }
}
