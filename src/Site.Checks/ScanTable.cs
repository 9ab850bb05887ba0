namespace Site.Checks;

/// <summary>
/// The strings of references in one scans file, each written once: the first time in full, then as its number. A
/// site's pages repeat the same URLs, elements and attributes by the hundred thousand (the navigation, the footer, the
/// tags), and the scans of 25,000 pages took 69 MB written in full.
/// </summary>
/// <remarks>
/// Numbers are given in the order strings are first written, and a reader gives them in the order it first reads
/// them: the file must be read from its start, as it was written. References kept undecoded
/// (<see cref="StoredReferences"/>) are decoded later from the same table, which holds by then every string numbered
/// before them.
/// </remarks>
public sealed class ScanTable
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    internal void Write(BinaryWriter writer, string value)
    {
        if (_numbers.TryGetValue(value, out var number))
        {
            writer.Write7BitEncodedInt(number + 1);
            return;
        }

        _numbers.Add(value, _numbers.Count);
        writer.Write7BitEncodedInt(0);
        writer.Write(value);
    }

    /// <summary>Reads a string written by <see cref="Write"/>, the file read in order: a string in full is numbered.</summary>
    internal string Read(BinaryReader reader, ScanStrings? strings)
    {
        var value = ReadAgain(reader, strings, out var isNew);
        if (isNew)
        {
            _strings.Add(value);
        }

        return value;
    }

    /// <summary>Reads a string of a part already read with <see cref="Read"/>: nothing is numbered again.</summary>
    internal string ReadAgain(BinaryReader reader, ScanStrings? strings) => ReadAgain(reader, strings, out _);

    private string ReadAgain(BinaryReader reader, ScanStrings? strings, out bool isNew)
    {
        var number = reader.Read7BitEncodedInt();
        isNew = number == 0;
        if (isNew)
        {
            var value = reader.ReadString();
            return strings is null ? value : strings.Share(value);
        }

        if (number < 0 || number > _strings.Count)
        {
            throw new FormatException($"string number {number} in a scans file that has {_strings.Count}");
        }

        return _strings[number - 1];
    }
}
