using System.Globalization;

namespace Site.Cli.Commands;

/// <summary>A count and its noun in English, singular or plural ("1 article", "3 not-found pages", "2 tag indexes").</summary>
internal static class EnglishCount
{
    public static string Of(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? noun : Plural(noun))}");

    private static string Plural(string noun) => noun switch
    {
        "robots.txt" => "robots.txt files",
        _ when noun.EndsWith("index", StringComparison.Ordinal) => noun + "es",
        _ when noun.EndsWith('y') && !noun.EndsWith("ay", StringComparison.Ordinal) => noun[..^1] + "ies",
        _ => noun + "s",
    };
}
