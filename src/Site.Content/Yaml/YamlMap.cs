using System.Globalization;

using Site.Core.Diagnostics;

using YamlDotNet.RepresentationModel;

namespace Site.Content.Yaml;

/// <summary>Reads typed values out of a YAML mapping, reporting each wrong or missing value at its place in the file.</summary>
internal sealed class YamlMap(YamlMappingNode node, string file, int firstLine, DiagnosticBag diagnostics)
{
    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation Location => At(node);

    public IEnumerable<string> Keys => node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty);

    public SourceLocation At(YamlNode n) => YamlDocumentReader.LocationOf(n, File, firstLine);

    /// <summary>Where the key itself is written, or the mapping when the key is absent.</summary>
    public SourceLocation KeyLocation(string key) =>
        node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } k ? At(k) : Location;

    public YamlNode? Node(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>Whether the value was refused for a control character when the YAML was read (and so reads as absent).</summary>
    public bool IsRefused(string key) => Node(key) is YamlScalarNode { Value: { } value } && ControlCharacters.Refuses(value, key);

    public string? String(string key, bool required = false, string? hint = null)
    {
        switch (Node(key))
        {
            case null:
                if (required)
                {
                    Diagnostics.Error(Location, DiagnosticCode.MissingKey, $"the key '{key}' is missing", hint ?? $"add a line '{key}: …'");
                }

                return null;
            case YamlScalarNode scalar when scalar.Value is { } value && ControlCharacters.Refuses(value, key):
                return null; // Reported where the YAML was read.
            case YamlScalarNode scalar when scalar.Value is { } value && !IsNull(scalar):
                if (required && value.Trim().Length == 0)
                {
                    Diagnostics.Error(At(scalar), DiagnosticCode.EmptyValue, $"'{key}' is empty", hint ?? $"write a value after '{key}:'");
                    return null;
                }

                return value;
            case YamlScalarNode scalar:
                if (required)
                {
                    Diagnostics.Error(At(scalar), DiagnosticCode.EmptyValue, $"'{key}' has no value", hint ?? $"write a value after '{key}:'");
                }

                return null;
            case var other:
                Diagnostics.Error(At(other), DiagnosticCode.ExpectedSingleValue, $"'{key}' must be a single value, not a list or a mapping", hint ?? $"write '{key}: value' on one line, quoting the value if it starts with '[', '{{' or '-'");
                return null;
        }
    }

    public bool? Boolean(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Diagnostics.Error(At(Node(key)!), DiagnosticCode.ExpectedBoolean, $"'{key}' must be true or false, not '{text}'", $"write '{key}: true' or '{key}: false'");
        return null;
    }

    public int? Integer(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Diagnostics.Error(At(Node(key)!), DiagnosticCode.ExpectedWholeNumber, $"'{key}' must be a whole number, not '{text}'", $"write it with digits only, such as '{key}: 10'");
        return null;
    }

    /// <summary>A list of plain strings; anything else is reported.</summary>
    public IReadOnlyList<string>? StringList(string key) => LocatedStringList(key)?.Select(item => item.Value).ToList();

    /// <summary>A list of plain strings, each with where it is written; anything else is reported.</summary>
    public IReadOnlyList<(string Value, SourceLocation At)>? LocatedStringList(string key)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlScalarNode scalar when IsNull(scalar):
                return [];
            case YamlSequenceNode sequence:
                var items = new List<(string, SourceLocation)>(sequence.Children.Count);
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } refused } && ControlCharacters.Refuses(refused, key))
                    {
                        continue; // Reported where the YAML was read.
                    }

                    if (item is YamlScalarNode { Value: { } value } s && !IsNull(s) && value.Trim().Length > 0)
                    {
                        items.Add((value.Trim(), At(item)));
                    }
                    else
                    {
                        Diagnostics.Error(At(item), DiagnosticCode.EmptyValue, $"every item of '{key}' must be a non-empty text", "write one item per line as '- text'");
                    }
                }

                return items;
            case var other:
                Diagnostics.Error(At(other), DiagnosticCode.ExpectedList, $"'{key}' must be a list", $"write it as '{key}: [a, b]' or one '- item' per line");
                return null;
        }
    }

    public YamlMap? Map(string key, bool required = false)
    {
        switch (Node(key))
        {
            case null:
                if (required)
                {
                    Diagnostics.Error(Location, DiagnosticCode.MissingKey, $"the key '{key}' is missing", $"add '{key}:' followed by indented 'key: value' lines");
                }

                return null;
            case YamlMappingNode mapping:
                return new YamlMap(mapping, File, firstLine, Diagnostics);
            case var other:
                Diagnostics.Error(At(other), DiagnosticCode.ExpectedMapping, $"'{key}' must be a mapping of keys to values", $"write one indented 'key: value' line per entry under '{key}:'");
                return null;
        }
    }

    public YamlMap Child(YamlMappingNode mapping) => new(mapping, File, firstLine, Diagnostics);

    public IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries() =>
        node.Children.Where(c => c.Key is YamlScalarNode).Select(c => ((YamlScalarNode)c.Key, c.Value));

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
}
