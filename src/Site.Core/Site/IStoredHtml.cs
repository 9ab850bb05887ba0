namespace Site.Core.Site;

/// <summary>Where a body's HTML is kept outside memory during a build; each call reads it again.</summary>
public interface IStoredHtml
{
    string Html();

    string PrintHtml();
}
