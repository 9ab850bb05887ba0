namespace Site.Rendering.Templates;

/// <summary>A layout asked for more work than <see cref="TemplateLimits"/> allows while rendering a page.</summary>
internal sealed class TemplateLimitException(string reason) : Exception(reason);
