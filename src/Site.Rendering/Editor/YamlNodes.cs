using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Site.Rendering.Editor;

/// <summary>
/// Builds a YAML tree whose every text is double-quoted, so that no value (a category named <c>Culture: arts</c>,
/// <c>yes</c> or <c>"x"</c>) can be read back as anything but itself; words the editor defines are written plain.
/// </summary>
internal static class YamlNodes
{
    public static YamlMappingNode Map(params (string Key, YamlNode? Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            if (value is not null)
            {
                map.Add(new YamlScalarNode(key), value);
            }
        }

        return map;
    }

    public static YamlSequenceNode List(IEnumerable<YamlNode> items) => new(items);

    /// <summary>A text from the site's configuration or its UI strings.</summary>
    public static YamlScalarNode Text(string value) => new(value) { Style = ScalarStyle.DoubleQuoted };

    /// <summary>A word of Decap's own vocabulary (<c>string</c>, <c>duplicate</c>), safe as it is.</summary>
    public static YamlScalarNode Word(string value) => new(value) { Style = ScalarStyle.Plain };

    public static YamlScalarNode Boolean(bool value) => Word(value ? "true" : "false");

    public static string Write(YamlNode root) => new SerializerBuilder().WithNewLine("\n").Build().Serialize(root);
}
