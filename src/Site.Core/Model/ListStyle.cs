namespace Site.Core.Model;

/// <summary>How listings show their entries: a summary each, or the whole article as a printed tag page does.</summary>
public enum ListStyle
{
    Summary,
    Full,
}
