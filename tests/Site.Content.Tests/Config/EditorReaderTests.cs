using Site.Content.Config;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Content.Tests.Config;

public sealed class EditorReaderTests
{
    [Fact]
    public void GivenNoEditorKeyWhenReadingThenTheEditorCommitsThroughGitGatewayToMain()
    {
        var diagnostics = new DiagnosticBag();

        var editor = EditorReader.Read(ConfigYaml.Map("title: x\n", diagnostics));

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(new EditorSettings { Backend = EditorSettings.GitGateway, Repository = null, Branch = "main" }, editor);
    }

    [Fact]
    public void GivenTheGitHubBackendWhenReadingThenTheRepositoryAndBranchAreKept()
    {
        var diagnostics = new DiagnosticBag();

        var editor = EditorReader.Read(ConfigYaml.Map("editor:\n  backend: github\n  repo: redaction/journal\n  branch: gh-pages\n", diagnostics));

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(new EditorSettings { Backend = EditorSettings.GitHub, Repository = "redaction/journal", Branch = "gh-pages" }, editor);
    }

    [Theory]
    [InlineData("editor:\n  backend: gitlab\n", 2, 12, DiagnosticCode.InvalidChoice)]
    [InlineData("editor:\n  backend: github\n", 2, 3, DiagnosticCode.MissingKey)]
    [InlineData("editor:\n  backend: github\n  repo: \"journal: redaction\"\n", 3, 9, DiagnosticCode.InvalidChoice)]
    [InlineData("editor:\n  branch: \"a b\"\n", 2, 11, DiagnosticCode.InvalidChoice)]
    [InlineData("editor: github\n", 1, 9, DiagnosticCode.ExpectedMapping)]
    public void GivenAWrongEditorSettingWhenReadingThenItIsReportedWhereItIsWritten(string yaml, int line, int column, DiagnosticCode code)
    {
        var diagnostics = new DiagnosticBag();

        EditorReader.Read(ConfigYaml.Map(yaml, diagnostics));

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((code, line, column), (error.Code, error.Line, error.Column));
    }
}
