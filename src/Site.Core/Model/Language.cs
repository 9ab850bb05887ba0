using System.Globalization;

namespace Site.Core.Model;

/// <summary>A language the site is published in, with the culture used for its dates and sorting.</summary>
public sealed record Language(string Code, string Name, CultureInfo Culture);
