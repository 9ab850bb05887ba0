namespace Site.Rendering.I18n;

/// <summary>The UI strings of one language, from <c>theme/i18n/&lt;lang&gt;.yml</c>: the only place UI text comes from.</summary>
public sealed class UiStrings(string language, IReadOnlyDictionary<string, string> values)
{
    public string Language { get; } = language;

    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public string this[string key] => Values.TryGetValue(key, out var text)
        ? text
        : throw new KeyNotFoundException($"UI string '{key}' is not defined for '{Language}'.");

    /// <summary>The format of long dates (<c>dddd d MMMM yyyy</c>); the culture gives the month and day names.</summary>
    public string DateFormat => this["date_format"];

    /// <summary>The format of bylines' dates with their time (<c>dddd d MMMM yyyy 'à' H' h 'mm</c>).</summary>
    public string DateTimeFormat => this["date_time_format"];

    /// <summary>The string <paramref name="key"/> with its <c>{name}</c> placeholder replaced by <paramref name="value"/>.</summary>
    public string Format(string key, string name, string value) => this[key].Replace("{" + name + "}", value, StringComparison.Ordinal);

    /// <summary>The string <paramref name="key"/>, or null when this language does not define it.</summary>
    public string? Find(string key) => Values.GetValueOrDefault(key);
}
