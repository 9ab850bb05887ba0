using System.Text;
using System.Text.Encodings.Web;

namespace Site.Rendering.Templates;

/// <summary>
/// Encodes only the five characters that have a meaning in HTML text and quoted attributes (&amp; &lt; &gt; " ').
/// The framework's encoders also escape no-break spaces, '+' and typographic spaces, which French text is full of:
/// valid, but it makes pages larger and harder to read.
/// </summary>
internal sealed class MinimalHtmlEncoder : HtmlEncoder
{
    public static readonly MinimalHtmlEncoder Instance = new();

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        new ReadOnlySpan<char>(text, textLength).IndexOfAny("&<>\"'");

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var replacement = Replacement(unicodeScalar);
        if (replacement is null)
        {
            var rune = new Rune(unicodeScalar);
            if (rune.Utf16SequenceLength > bufferLength)
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            numberOfCharactersWritten = rune.EncodeToUtf16(new Span<char>(buffer, bufferLength));
            return true;
        }

        if (replacement.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        replacement.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
        numberOfCharactersWritten = replacement.Length;
        return true;
    }

    public override bool WillEncode(int unicodeScalar) => Replacement(unicodeScalar) is not null;

    private static string? Replacement(int scalar) => scalar switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => null,
    };
}
