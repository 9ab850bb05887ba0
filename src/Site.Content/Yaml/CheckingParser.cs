using Site.Core.Diagnostics;

using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Site.Content.Yaml;

/// <summary>
/// YamlDotNet's event parser, watched while the node tree is built from it, to stop two kinds of input the tree
/// builder handles badly before it reaches them: nesting deep enough to overflow the thread's stack (which ends the
/// process, whatever catches it), and a stray ':' with no key (<c>a:\n : b</c>), for which the parser emits a mapping
/// whose last key has no value and the tree builder throws an <see cref="ArgumentException"/> without a position.
/// Watching the events as they pass costs one parse instead of two.
/// </summary>
internal sealed class CheckingParser(string text) : IParser
{
    /// <summary>Deeper nesting than this is an accident or an attack; no front matter or site.yml needs more than a few levels.</summary>
    public const int MaximumDepth = 64;

    private readonly Parser _inner = new(new StringReader(text));
    private readonly Stack<(Mark Start, bool IsMapping, int Nodes)> _open = new();

    public ParsingEvent? Current => _inner.Current;

    /// <exception cref="YamlProblemException">The input nests too deep or has a ':' with no key.</exception>
    public bool MoveNext()
    {
        if (!_inner.MoveNext())
        {
            return false;
        }

        var current = _inner.Current!;
        if (current is NodeEvent or AnchorAlias && _open.TryPop(out var parent))
        {
            _open.Push(parent with { Nodes = parent.Nodes + 1 });
        }

        switch (current)
        {
            case MappingStart or SequenceStart when _open.Count >= MaximumDepth:
                throw new YamlProblemException(current.Start, DiagnosticCode.NestingTooDeep, $"the YAML is nested more than {MaximumDepth} levels deep", "write lists and mappings only a few levels deep, such as 'tags: [a, b]'");
            case MappingStart or SequenceStart:
                _open.Push((current.Start, current is MappingStart, 0));
                break;
            case MappingEnd or SequenceEnd:
                var closed = _open.Pop();
                if (closed.IsMapping && closed.Nodes % 2 == 1)
                {
                    throw new YamlProblemException(closed.Start, DiagnosticCode.YamlSyntax, "this is not valid YAML: a ':' has no key before it", "write 'key: value' on one line, or quote a value that starts with ':'");
                }

                break;
        }

        return true;
    }
}

/// <summary>Input that <see cref="CheckingParser"/> stopped, where it is and how to fix it.</summary>
internal sealed class YamlProblemException(Mark at, DiagnosticCode code, string message, string hint) : Exception(message)
{
    public Mark At { get; } = at;

    public DiagnosticCode Code { get; } = code;

    public string Hint { get; } = hint;
}
