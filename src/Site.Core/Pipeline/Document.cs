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
        where T : notnull
    {
        var index = IndexOf(typeof(T));
        var facets = index < 0 ? new Facet[_facets.Length + 1] : new Facet[_facets.Length];
        _facets.CopyTo(facets, 0);
        facets[index < 0 ? _facets.Length : index] = new Facet(typeof(T), facet);
        return new Document(Destination, Content, Source, facets);
    }

    public Document WithContent(DocumentContent content) => new(Destination, content, Source, _facets);

    public T Get<T>()
        where T : notnull => IndexOf(typeof(T)) is var index and >= 0
            ? (T)_facets[index].Value
            : throw new InvalidOperationException($"Document '{Destination}' has no {typeof(T).Name}.");

    public T? Find<T>()
        where T : class => IndexOf(typeof(T)) is var index and >= 0 ? (T)_facets[index].Value : null;

    public override string ToString() => Destination;

    private int IndexOf(Type type)
    {
        for (var i = 0; i < _facets.Length; i++)
        {
            if (_facets[i].Type == type)
            {
                return i;
            }
        }

        return -1;
    }

    private readonly record struct Facet(Type Type, object Value);
}
