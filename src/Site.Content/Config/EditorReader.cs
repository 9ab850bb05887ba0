using System.Text.RegularExpressions;

using Site.Content.Yaml;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;

namespace Site.Content.Config;

/// <summary>Reads the optional <c>editor:</c> of <c>site.yml</c>: the backend the web editor commits through.</summary>
internal static partial class EditorReader
{
    private static readonly string[] KnownKeys = ["backend", "repo", "branch"];

    public static EditorSettings Read(YamlMap map)
    {
        var editor = map.Map("editor");
        if (editor is null)
        {
            return new EditorSettings();
        }

        foreach (var key in editor.Keys.Where(k => !KnownKeys.Contains(k)))
        {
            editor.Diagnostics.Warning(editor.KeyLocation(key), DiagnosticCode.UnknownKey, $"unknown key '{key}' in 'editor' of {InputLayout.ConfigFile}", $"known keys: {string.Join(", ", KnownKeys)}");
        }

        var backend = editor.String("backend") ?? EditorSettings.GitGateway;
        if (backend is not (EditorSettings.GitGateway or EditorSettings.GitHub))
        {
            editor.Diagnostics.Error(editor.At(editor.Node("backend")!), DiagnosticCode.InvalidChoice, $"'backend' must be '{EditorSettings.GitGateway}' or '{EditorSettings.GitHub}', not '{backend}'", $"write 'backend: {EditorSettings.GitGateway}' on Netlify, 'backend: {EditorSettings.GitHub}' on GitHub Pages (see docs/editor.md)");
        }

        var repository = editor.String("repo", required: backend == EditorSettings.GitHub, hint: "add a line 'repo: owner/name' naming the GitHub repository of the site");
        if (repository is not null && !Repository().IsMatch(repository))
        {
            editor.Diagnostics.Error(editor.At(editor.Node("repo")!), DiagnosticCode.InvalidChoice, $"'repo' must be a GitHub repository as 'owner/name', not '{repository}'", "write it as it appears in the repository's address, such as 'redaction/journal'");
        }

        var branch = editor.String("branch") ?? "main";
        if (!Branch().IsMatch(branch))
        {
            editor.Diagnostics.Error(editor.At(editor.Node("branch")!), DiagnosticCode.InvalidChoice, $"'branch' must be a branch name, not '{branch}'", "write the branch the site is built from, such as 'main'");
        }

        return new EditorSettings { Backend = backend, Repository = repository, Branch = branch };
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+\z")]
    private static partial Regex Repository();

    [GeneratedRegex(@"^[A-Za-z0-9_./-]+\z")]
    private static partial Regex Branch();
}
