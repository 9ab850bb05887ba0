using System.Globalization;
using System.Xml;
using Site.Core.Model;

namespace Site.Content.Media;

/// <summary>
/// The size of an SVG picture, which SkiaSharp's codecs do not read: its root's <c>width</c> and <c>height</c> when
/// both are plain or pixel lengths, else its <c>viewBox</c>. Read with no DTD and no external entities, and only the
/// root element.
/// </summary>
public static class SvgSize
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 0,
        MaxCharactersFromEntities = 0,
    };

    /// <returns>The size, or null when the file is not an SVG whose size can be told.</returns>
    public static ImageSize? Read(Stream stream)
    {
        try
        {
            using var reader = XmlReader.Create(stream, Settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg")
            {
                return null;
            }

            if (Length(reader.GetAttribute("width")) is { } width && Length(reader.GetAttribute("height")) is { } height)
            {
                return new ImageSize(width, height);
            }

            var box = reader.GetAttribute("viewBox")?.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
            return box is { Length: 4 } && Number(box[2]) is { } boxWidth && Number(box[3]) is { } boxHeight ? new ImageSize(boxWidth, boxHeight) : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>A length in pixels ("300", "300px", "300.5"); null for percentages, other units or nonsense.</summary>
    private static int? Length(string? value) =>
        value is null ? null : Number(value.Trim().EndsWith("px", StringComparison.Ordinal) ? value.Trim()[..^2] : value.Trim());

    private static int? Number(string value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 100_000
            ? (int)Math.Round(number)
            : null;
}
