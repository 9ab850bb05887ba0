namespace Site.Core.Model;

/// <summary>A text given once per language code.</summary>
public sealed class LocalizedText(IReadOnlyDictionary<string, string> values)
{
    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public string this[string language] => Values.TryGetValue(language, out var text) ? text : string.Empty;

    public bool Has(string language) => Values.ContainsKey(language);
}
