using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Site.Content.Yaml;

/// <summary>
/// Walks YamlDotNet's event parser, which keeps its own stack, before the node tree is built, to catch two kinds of
/// input the tree builder handles badly: nesting deep enough to overflow the thread's stack (which ends the process,
/// whatever catches it), and a stray ':' with no key (<c>a:\n : b</c>), for which the parser emits a mapping whose
/// last key has no value and the tree builder throws an <see cref="ArgumentException"/> without a position.
/// </summary>
internal static class YamlEventCheck
{
    /// <summary>Deeper nesting than this is an accident or an attack; no front matter or site.yml needs more than a few levels.</summary>
    public const int MaximumDepth = 64;

    /// <summary>The first such problem, where it is; null when there is none, or when the text has a syntax error (reported by the load).</summary>
    public static (Mark At, string Message, string Hint)? FirstProblem(string text)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<(Mark Start, bool IsMapping, int Nodes)>();
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                if (current is NodeEvent or AnchorAlias && open.TryPop(out var parent))
                {
                    open.Push(parent with { Nodes = parent.Nodes + 1 });
                }

                switch (current)
                {
                    case MappingStart or SequenceStart when open.Count >= MaximumDepth:
                        return (current.Start, $"the YAML is nested more than {MaximumDepth} levels deep", "write lists and mappings only a few levels deep, such as 'tags: [a, b]'");
                    case MappingStart or SequenceStart:
                        open.Push((current.Start, current is MappingStart, 0));
                        break;
                    case MappingEnd or SequenceEnd:
                        var closed = open.Pop();
                        if (closed.IsMapping && closed.Nodes % 2 == 1)
                        {
                            return (closed.Start, "this is not valid YAML: a ':' has no key before it", "write 'key: value' on one line, or quote a value that starts with ':'");
                        }

                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // A syntax error: loading the document reports it, with its position.
        }

        return null;
    }
}
