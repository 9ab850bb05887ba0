using System.Text.RegularExpressions;

namespace Site.Deploy.Tests.Support;

/// <summary>Replaces the <c>${{ … }}</c> expressions of a workflow step the way the runner does, from given values.</summary>
internal static partial class WorkflowExpressions
{
    /// <summary>The step's text with each expression replaced; an expression with no value fails the test.</summary>
    public static string Substitute(string text, IReadOnlyDictionary<string, string> values) =>
        Expression().Replace(text, match =>
        {
            var name = match.Groups["name"].Value;
            Assert.True(values.TryGetValue(name, out var value), $"the step uses ${{{{ {name} }}}}, which the test does not know");
            return value!;
        });

    [GeneratedRegex(@"\$\{\{\s*(?<name>[^}\s]+)\s*\}\}")]
    private static partial Regex Expression();
}
