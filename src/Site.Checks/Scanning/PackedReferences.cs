using System.Collections;
using System.Collections.Concurrent;

namespace Site.Checks.Scanning;

/// <summary>
/// A page's references as the scans of a whole site keep them until the check: one small struct each (the shared URL
/// string, the position and the index of its element, attribute and image flag, of which a site has a few dozen), not
/// an object each. Reading one makes the <see cref="PageReference"/> again, equal to the one collected.
/// </summary>
internal sealed class PackedReferences : IReadOnlyList<PageReference>
{
    private readonly Packed[] _items;

    private PackedReferences(Packed[] items) => _items = items;

    public int Count => _items.Length;

    public PageReference this[int index] => Unpack(_items[index]);

    public static IReadOnlyList<PageReference> Of(IReadOnlyList<PageReference> references)
    {
        if (references.Count == 0)
        {
            return [];
        }

        var items = new Packed[references.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var reference = references[i];
            items[i] = new Packed(reference.Value, reference.Line, reference.Column, Kinds.IdOf(new Kind(reference.Element, reference.Attribute, reference.IsImage)));
        }

        return new PackedReferences(items);
    }

    public IEnumerator<PageReference> GetEnumerator()
    {
        foreach (var item in _items)
        {
            yield return Unpack(item);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static PageReference Unpack(Packed item)
    {
        var kind = Kinds.At(item.Kind);
        return new PageReference(kind.Element, kind.Attribute, item.Value, item.Line, item.Column, kind.IsImage);
    }

    private readonly record struct Packed(string Value, int Line, int Column, int Kind);

    private readonly record struct Kind(string Element, string Attribute, bool IsImage);

    /// <summary>Every (element, attribute, image) a scan has met, numbered; the scanner reads a fixed set of them.</summary>
    private static class Kinds
    {
        private static readonly ConcurrentDictionary<Kind, int> Ids = new();
        private static readonly Lock Adding = new();
        private static Kind[] s_kinds = [];

        public static int IdOf(Kind kind)
        {
            if (Ids.TryGetValue(kind, out var id))
            {
                return id;
            }

            lock (Adding)
            {
                if (Ids.TryGetValue(kind, out id))
                {
                    return id;
                }

                id = s_kinds.Length;
                // A new array, published whole before its id: a reader never sees an id its array lacks.
                Volatile.Write(ref s_kinds, [.. s_kinds, kind]);
                Ids[kind] = id;
                return id;
            }
        }

        public static Kind At(int id) => Volatile.Read(ref s_kinds)[id];
    }
}
