using System.Collections;
using System.Diagnostics.CodeAnalysis;

using Site.Core.Diagnostics;
using Site.Rendering.Templates;
using Site.TestSupport;

namespace Site.Rendering.Tests.Templates;

/// <summary>A layout that would loop for ever, or fill the memory, fails the page with a reason, quickly.</summary>
public sealed class TemplateLimitsTests
{
    [Fact]
    public void GivenALayoutLoopingOverHundredsOfMillionsOfNumbersWhenTheThemeLoadsThenTheRangeIsReportedAtItsLine()
    {
        using var site = new TestSite();
        site.WriteTheme("layouts/404.liquid", "<p>\n  {% for i in (1..300000000) %}x{% endfor %}\n</p>\n");
        var diagnostics = new DiagnosticBag();

        var templates = TemplateSet.Load(site.Theme, diagnostics);

        Assert.NotNull(templates);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("theme/layouts/404.liquid", 2, 15, Severity.Error), (error.File, error.Line, error.Column, error.Severity));
        Assert.Contains("(1..300000000)", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void GivenARangeUpToAValueOfThePageWhenItIsTooLongThenThePageFailsNamingTheLayout()
    {
        var templates = Load("{% for i in (1..n) %}x{% endfor %}");

        var failure = Assert.Throws<TemplateRenderingException>(() => templates.Render("404", new Dictionary<string, object?> { ["n"] = 300_000_000 }));

        Assert.Equal("theme/layouts/404.liquid", failure.Template);
        Assert.Contains("(1..300000000)", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenLoopsInsideLoopsPastTheStepLimitWhenRenderedThenThePageFailsNamingTheLayout()
    {
        var templates = Load("{% for i in (1..2000) %}{% for j in (1..1000) %}{% endfor %}{% endfor %}");

        var failure = Assert.Throws<TemplateRenderingException>(() => templates.Render("404", new Dictionary<string, object?>()));

        Assert.Equal("theme/layouts/404.liquid", failure.Template);
        Assert.Contains("looped more than", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("recursion", failure.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GivenLoopsUnderTheStepLimitWhenRenderedThenThePageIsWhole()
    {
        var templates = Load("{% for i in (1..500) %}{% for j in (1..1000) %}{% endfor %}{% endfor %}{{ 'fin' }}");

        Assert.Equal("fin", templates.Render("404", new Dictionary<string, object?>()));
    }

    [Fact]
    public void GivenAnOutOfMemoryWhileRenderingThenTheReasonDoesNotNameTheExceptionType()
    {
        var templates = Load("{{ value.text }}");

        var failure = Assert.Throws<TemplateRenderingException>(() => templates.Render("404", new Dictionary<string, object?> { ["value"] = new OutOfMemoryOnRead() }));

        Assert.DoesNotContain("Exception", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("memory", failure.Reason, StringComparison.Ordinal);
    }

    private static TemplateSet Load(string layout)
    {
        using var site = new TestSite();
        site.WriteTheme("layouts/404.liquid", layout);
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Load(site.Theme, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return templates!;
    }

    /// <summary>A value whose every read runs out of memory, as a layout doubling a text forty times would.</summary>
    private sealed class OutOfMemoryOnRead : IDictionary<string, object?>
    {
        public ICollection<string> Keys => throw new OutOfMemoryException();

        public ICollection<object?> Values => throw new OutOfMemoryException();

        public int Count => throw new OutOfMemoryException();

        public bool IsReadOnly => true;

        public object? this[string key]
        {
            get => throw new OutOfMemoryException();
            set => throw new NotSupportedException();
        }

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => throw new OutOfMemoryException();

        public bool ContainsKey(string key) => throw new OutOfMemoryException();

        public bool Contains(KeyValuePair<string, object?> item) => throw new OutOfMemoryException();

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => throw new OutOfMemoryException();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) => throw new OutOfMemoryException();

        public void Add(string key, object? value) => throw new NotSupportedException();

        public void Add(KeyValuePair<string, object?> item) => throw new NotSupportedException();

        public bool Remove(string key) => throw new NotSupportedException();

        public bool Remove(KeyValuePair<string, object?> item) => throw new NotSupportedException();

        public void Clear() => throw new NotSupportedException();
    }
}
