namespace Site.EndToEnd.Tests.Browser;

/// <summary>A test that runs the Nu HTML checker: skipped, with the reason, where vnu-jar is not installed outside CI.</summary>
public sealed class HtmlCheckerFactAttribute : FactAttribute
{
    public HtmlCheckerFactAttribute() => Skip = Tools.VnuSkipReason;
}
