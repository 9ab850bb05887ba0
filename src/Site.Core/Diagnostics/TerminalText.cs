using System.Buffers;
using System.Globalization;
using System.Text;

namespace Site.Core.Diagnostics;

/// <summary>
/// Makes text from the input safe to print on a terminal: control characters (a line break that would forge another
/// <c>file:1:1: error:</c> line, ESC starting an ANSI or OSC sequence, BEL, CR…) and the invisible characters that
/// reorder a line are shown as <c>\u001B</c> instead of acting.
/// </summary>
public static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(char.IsControl)
            .Concat(['\u061C', '\u200E', '\u200F', '\u2028', '\u2029', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])
            .ToArray());

    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (Unsafe.Contains(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
