using System.Collections.Immutable;

namespace Site.Core.Pipeline;

/// <summary>An immutable document flowing through a pipeline: where it goes, what it holds, and typed facts about it.</summary>
public sealed class Document
{
    private readonly ImmutableDictionary<Type, object> _facets;

    public Document(string destination, DocumentContent content, string? source = null)
        : this(destination, content, source, ImmutableDictionary<Type, object>.Empty)
    {
    }

    private Document(string destination, DocumentContent content, string? source, ImmutableDictionary<Type, object> facets)
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
        where T : notnull => new(Destination, Content, Source, _facets.SetItem(typeof(T), facet));

    public Document WithContent(DocumentContent content) => new(Destination, content, Source, _facets);

    public T Get<T>()
        where T : notnull => _facets.TryGetValue(typeof(T), out var facet)
            ? (T)facet
            : throw new InvalidOperationException($"Document '{Destination}' has no {typeof(T).Name}.");

    public T? Find<T>()
        where T : class => _facets.TryGetValue(typeof(T), out var facet) ? (T)facet : null;

    public override string ToString() => Destination;
}
