using System.Collections;
using System.Text;

namespace Site.Checks;

/// <summary>
/// A page's references as a scans file holds them, decoded the first time they are asked for. A build that carries a
/// page over checks its references only when what they point to may have changed; most builds after an edit never
/// ask, and a scans file read whole no longer makes a million objects that live until the build ends.
/// </summary>
internal sealed class StoredReferences(byte[] bytes, int offset, int length, ScanStrings? strings, ScanTable table) : IReadOnlyList<PageReference>
{
    private PageReference[]? _decoded;

    public int Count => Decoded.Length;

    public PageReference this[int index] => Decoded[index];

    /// <summary>Decoded once; two threads asking at once may both decode, and one result is kept (they are equal).</summary>
    private PageReference[] Decoded => _decoded ?? LazyInitializer.EnsureInitialized(ref _decoded, Decode);

    public IEnumerator<PageReference> GetEnumerator() => ((IEnumerable<PageReference>)Decoded).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private PageReference[] Decode()
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, offset, length, writable: false), Encoding.UTF8);
        return PageScanFormat.ReadReferences(reader, strings, table, again: true);
    }
}
