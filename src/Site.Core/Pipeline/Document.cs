namespace Site.Core.Pipeline;

/// <summary>An immutable document flowing through a pipeline: where it goes, what it holds, and typed facts about it.</summary>
public sealed class Document
{
    // A document carries a handful of facets: a small array copied on write costs less than a dictionary, and a
    // large site plans some 24,000 documents on every preview rebuild.
    private readonly Facet[] _facets;

    public Document(string destination, DocumentContent content, string? source = null)
        : this(destination, content, source, [])
    {
    }

    private Document(string destination, DocumentContent content, string? source, Facet[] facets)
    {
        Destination = destination;
        Content = content;
        Source = source;
        _facets = facets;
    }

    /// <summary>The output file, relative to the site root, with forward slashes (<c>fr/index.html</c>).</summary>
    public string Destination { get; }

    public DocumentContent Content { get; }

    /// <summary>The input file the document was made from, relative to the input folder, if any.</summary>
    public string? Source { get; }

    /// <summary>A copy that also carries <paramref name="facet"/>, replacing any facet of the same type.</summary>
    public Document With<T>(T facet)
        where T : notnull => With([new Facet(typeof(T), facet)]);

    /// <summary>A copy that also carries both facets (one copy instead of two, for documents made by the thousand).</summary>
    public Document With<T1, T2>(T1 first, T2 second)
        where T1 : notnull
        where T2 : notnull => With([new Facet(typeof(T1), first), new Facet(typeof(T2), second)]);

    public T Get<T>()
        where T : notnull => IndexOf(typeof(T)) is var index and >= 0
            ? (T)_facets[index].Value
            : throw new InvalidOperationException($"Document '{Destination}' has no {typeof(T).Name}.");

    public T? Find<T>()
        where T : class => IndexOf(typeof(T)) is var index and >= 0 ? (T)_facets[index].Value : null;

    public override string ToString() => Destination;

    private Document With(ReadOnlySpan<Facet> added)
    {
        var facets = new Facet[_facets.Length + added.Length];
        _facets.CopyTo(facets, 0);
        var count = _facets.Length;
        foreach (var facet in added)
        {
            var index = IndexOf(facets, count, facet.Type);
            facets[index < 0 ? count++ : index] = facet;
        }

        return new Document(Destination, Content, Source, count == facets.Length ? facets : facets[..count]);
    }

    private int IndexOf(Type type) => IndexOf(_facets, _facets.Length, type);

    private static int IndexOf(Facet[] facets, int count, Type type)
    {
        for (var i = 0; i < count; i++)
        {
            if (facets[i].Type == type)
            {
                return i;
            }
        }

        return -1;
    }

    private readonly record struct Facet(Type Type, object Value);
}
