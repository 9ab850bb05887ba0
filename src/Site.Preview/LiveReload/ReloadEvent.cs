namespace Site.Preview.LiveReload;

/// <summary>What a rebuild tells the browsers: reload, swap the stylesheets, or show the build's errors.</summary>
/// <param name="Kind"><c>reload</c>; <c>css</c> (data: the new stylesheet URLs, one a line); <c>failed</c> (data: the problems); <c>ok</c> (the build succeeded: sent before <c>reload</c> or <c>css</c>, it clears an error overlay).</param>
/// <param name="Data">Lines of text sent with the event.</param>
public sealed record ReloadEvent(string Kind, string Data = "");
