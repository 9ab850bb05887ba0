using System.Text.RegularExpressions;

namespace Site.Checks.Relations;

/// <summary>The hreflang values search engines accept: a BCP 47 tag whose language is an ISO 639 code (en, fr,
/// en-GB, zh-Hant-TW), or x-default.</summary>
internal static partial class LanguageTags
{
    public const string Default = "x-default";

    public static bool IsValid(string hreflang) =>
        IsDefault(hreflang) || Bcp47().IsMatch(hreflang);

    public static bool IsDefault(string hreflang) => hreflang.Equals(Default, StringComparison.OrdinalIgnoreCase);

    /// <summary>en and en-GB name the same language; en and fr do not.</summary>
    public static bool SameLanguage(string a, string b) =>
        a.Equals(b, StringComparison.OrdinalIgnoreCase)
        || a.StartsWith(b + "-", StringComparison.OrdinalIgnoreCase)
        || b.StartsWith(a + "-", StringComparison.OrdinalIgnoreCase);

    // language (2–3 letters, extlangs) [-script] [-region] [-variant]* [-extension]* [-x-private]; RFC 5646 syntax.
    [GeneratedRegex(
        "^[a-z]{2,3}(-[a-z]{3}){0,3}(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(-[0-9a-wyz](-[a-z0-9]{2,8})+)*(-x(-[a-z0-9]{1,8})+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bcp47();
}
