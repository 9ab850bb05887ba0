using Site.Core.Diagnostics;

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Yaml;

/// <summary>Parses YAML text into a node tree, turning syntax errors into located diagnostics.</summary>
internal static class YamlDocumentReader
{
    /// <param name="firstLine">The line of the file the text starts at, so that positions point into the file.</param>
    public static YamlNode? Read(string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var parser = new CheckingParser(text);
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (root is not null)
            {
                ControlCharacters.Check(root, file, firstLine, diagnostics);
            }

            return root;
        }
        catch (YamlProblemException problem)
        {
            diagnostics.Error(new SourceLocation(file, (int)problem.At.Line + firstLine - 1, (int)problem.At.Column), problem.Code, problem.Message, problem.Hint);
            return null;
        }
        catch (YamlException e) when (YamlMistakes.Find(text, (int)e.Start.Line) is { } mistake)
        {
            diagnostics.Error(new SourceLocation(file, mistake.Line + firstLine - 1, mistake.Column), mistake.Code, mistake.Message, mistake.Hint);
            return null;
        }
        catch (YamlException e)
        {
            var (line, column) = ((int)e.Start.Line, (int)e.Start.Column);
            if (Describe(e).Contains("flow", StringComparison.Ordinal) && FindUnclosedBracket(text) is { Line: > 0 } bracket)
            {
                // YamlDotNet notices an unclosed '[' or '{' only where the text ends; point at the bracket instead.
                (line, column) = bracket;
            }

            diagnostics.Error(
                new SourceLocation(file, line + firstLine - 1, column),
                DiagnosticCode.YamlSyntax, $"this is not valid YAML: {Describe(e)}",
                "check the indentation, the colons after keys, and quote values that contain ': ' or start with a special character");
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's tree builder refuses some event sequences its parser let through; the parser stopped there.
            var at = parser.Current?.Start;
            diagnostics.Error(
                new SourceLocation(file, (int)(at?.Line ?? 1) + firstLine - 1, (int)(at?.Column ?? 1)),
                DiagnosticCode.YamlSyntax, "this is not valid YAML: a key or a value is missing here",
                "write one 'key: value' per line, and quote values that start with ':', '-', '[' or '{'");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on some malformed flow collections (an unclosed '[' or '{'), without a position.
            var (line, column) = FindUnclosedBracket(text) is { Line: > 0 } bracket ? bracket : (1, 1);
            diagnostics.Error(
                new SourceLocation(file, line + firstLine - 1, column),
                DiagnosticCode.YamlSyntax, "this is not valid YAML: a '[' or '{' is not closed",
                "close every bracket, or quote values that start with '[' or '{'");
            return null;
        }
    }

    public static SourceLocation LocationOf(YamlNode node, string file, int firstLine) =>
        new(file, (int)node.Start.Line + firstLine - 1, (int)node.Start.Column);

    /// <summary>The first line whose brackets do not balance: where an unclosed flow collection most likely starts.</summary>
    private static (int Line, int Column) FindUnclosedBracket(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = lines[i].IndexOfAny(['[', '{']);
            if (open >= 0 && lines[i].Count(c => c is '[' or '{') != lines[i].Count(c => c is ']' or '}'))
            {
                return (i + 1, open + 1);
            }
        }

        return (0, 0);
    }

    // YamlDotNet prefixes its messages with the position, which the diagnostic already gives.
    private static string Describe(YamlException e)
    {
        var message = (e.InnerException as YamlException ?? e).Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }
}
