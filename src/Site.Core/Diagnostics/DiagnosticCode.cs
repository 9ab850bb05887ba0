namespace Site.Core.Diagnostics;

/// <summary>What kind of problem a diagnostic reports, whatever its wording: tests and tools match on this.</summary>
/// <remarks>
/// One code per decision the build makes about its input, not per message: "'x' is empty" and "'x' has no value"
/// are both <see cref="EmptyValue"/>. The code is not printed; the message and the hint are for people.
/// </remarks>
public enum DiagnosticCode
{
    /// <summary>No code: the default of the type only; every diagnostic the build reports names its kind.</summary>
    Unspecified,

    /// <summary>A file or folder could not be read, or disappeared while the site was built.</summary>
    FileUnreadable,

    /// <summary>A folder, named pipe, socket or device where a regular file was expected.</summary>
    NotARegularFile,

    /// <summary>A symbolic link that leads to nothing.</summary>
    BrokenSymbolicLink,

    /// <summary>A symbolic link that leads back to itself or to a folder that holds it; an input, output or cache folder whose links loop.</summary>
    SymbolicLinkLoop,

    /// <summary>A symbolic link in the input or the theme that leads outside of it.</summary>
    SymbolicLinkOutside,

    /// <summary>A text file that is not valid UTF-8.</summary>
    InvalidUtf8,

    /// <summary>Text that is not valid YAML: a missing key or value, an unclosed bracket, a bad indentation.</summary>
    YamlSyntax,

    /// <summary>YAML or Markdown nested deeper than the build follows.</summary>
    NestingTooDeep,

    /// <summary>A value holding a control character.</summary>
    ControlCharacter,

    /// <summary>A line break in a value that must be on one line.</summary>
    MultipleLines,

    /// <summary>A key the build does not know (often a typo).</summary>
    UnknownKey,

    /// <summary>A required key that is absent.</summary>
    MissingKey,

    /// <summary>A key with no value, an empty text, or an empty item of a list.</summary>
    EmptyValue,

    /// <summary>A list or a mapping where one value was expected.</summary>
    ExpectedSingleValue,

    /// <summary>A value that is not <c>true</c> or <c>false</c>.</summary>
    ExpectedBoolean,

    /// <summary>A value that is not a whole number.</summary>
    ExpectedWholeNumber,

    /// <summary>A single value or a mapping where a list was expected.</summary>
    ExpectedList,

    /// <summary>A single value or a list where a mapping was expected (a whole file included).</summary>
    ExpectedMapping,

    /// <summary>A list that must declare at least one item (languages, categories) and declares none.</summary>
    EmptyList,

    /// <summary>The same key twice in one mapping.</summary>
    DuplicateKey,

    /// <summary>A Markdown file with nothing in it.</summary>
    EmptyFile,

    /// <summary>A Markdown file that does not start with front matter.</summary>
    FrontMatterMissing,

    /// <summary>Front matter with no closing <c>---</c> line.</summary>
    FrontMatterNotClosed,

    /// <summary>A file name that is not <c>&lt;name&gt;.&lt;lang&gt;.md</c>.</summary>
    InvalidFileName,

    /// <summary>A language code that <c>site.yml</c> does not declare.</summary>
    UnknownLanguage,

    /// <summary>A category that <c>site.yml</c> does not declare.</summary>
    UnknownCategory,

    /// <summary>A date that is not ISO 8601, or not a real day.</summary>
    InvalidDate,

    /// <summary>An <c>image</c> without the <c>image_alt</c> that describes it.</summary>
    MissingImageAlt,

    /// <summary>A <c>slug</c> that is not already a URL segment.</summary>
    InvalidSlug,

    /// <summary>A <c>translationKey</c> with characters that cannot be part of a path.</summary>
    InvalidTranslationKey,

    /// <summary>A file name, a title or a tag with no letter or digit to make a URL or a file name from.</summary>
    NoLetterOrDigit,

    /// <summary>A link to a source file that is not published.</summary>
    BrokenSourceLink,

    /// <summary>A page slug the site uses for its own pages (<c>page</c>, <c>tags</c>, <c>categories</c>).</summary>
    ReservedSlug,

    /// <summary>Two articles, pages or categories that would be published at the same URL.</summary>
    DuplicateUrl,

    /// <summary>Two files that are both the same language's version of one text.</summary>
    DuplicateTranslation,

    /// <summary>An article without a <c>translationKey</c> whose other languages have different ones.</summary>
    ConflictingTranslationKeys,

    /// <summary>Tags spelled differently that have the same URL and are merged (a warning).</summary>
    TagsMerged,

    /// <summary>No <c>site.yml</c> in the input folder.</summary>
    MissingSiteConfig,

    /// <summary>A language code that is not a short lower-case code.</summary>
    InvalidLanguageCode,

    /// <summary>A language declared twice.</summary>
    DuplicateLanguage,

    /// <summary>A culture name .NET does not know.</summary>
    UnknownCulture,

    /// <summary>A <c>baseUrl</c> that is not an absolute http or https address.</summary>
    InvalidBaseUrl,

    /// <summary>A <c>timeZone</c> that is not a known IANA name.</summary>
    UnknownTimeZone,

    /// <summary>A category key that cannot be part of a path.</summary>
    InvalidCategoryKey,

    /// <summary>A text translated into some languages of the site but not all of them.</summary>
    MissingTranslation,

    /// <summary>A number outside of what the setting allows (a <c>pageSize</c> of 0).</summary>
    ValueOutOfRange,

    /// <summary>A value that is not one of the words the setting allows (<c>lists: summary</c> or <c>full</c>).</summary>
    InvalidChoice,

    /// <summary>A layout the build needs that the theme lacks.</summary>
    MissingLayout,

    /// <summary>A layout that Liquid cannot parse.</summary>
    LiquidSyntax,

    /// <summary>A Liquid range longer than a layout may loop over.</summary>
    RangeTooLong,

    /// <summary>A layout that failed while it rendered a page.</summary>
    LayoutFailed,

    /// <summary>A language of the site with no UI strings file in the theme.</summary>
    MissingUiStrings,

    /// <summary>A UI string that a language lacks, or that a layout uses and no language defines.</summary>
    MissingUiString,

    /// <summary>An output folder that is the root of the file system or overlaps the input or the theme.</summary>
    OutputOverlaps,

    /// <summary>A cache folder that overlaps the input, the theme or the output.</summary>
    CacheOverlaps,

    /// <summary>An output or a cache that is a file, not a folder.</summary>
    NotAFolder,

    /// <summary>Another build writing into the same output for too long.</summary>
    OutputBusy,

    /// <summary>No space left on the device while the output was written.</summary>
    DiskFull,

    /// <summary>The output could not be written, for another reason than a full disk.</summary>
    WriteFailed,

    /// <summary><c>site new</c> would overwrite a file that exists.</summary>
    FileExists,

    /// <summary><c>site new --translate</c> names an article that does not exist.</summary>
    NoSuchArticle,

    /// <summary><c>site new --translate</c> asks for the language the article is already in.</summary>
    AlreadyInLanguage,

    /// <summary>An author key (front matter <c>author</c>, site.yml <c>defaultAuthor</c>) that site.yml <c>authors:</c> does not declare.</summary>
    UnknownAuthor,

    /// <summary>A front matter key only stand-alone pages may have (<c>footer</c>) written in an article.</summary>
    PageOnlyKey,

    /// <summary>An author key that cannot be part of a path.</summary>
    InvalidAuthorKey,

    /// <summary>An alias that is not a site path of its own (a full address, a query, <c>..</c>, a media or asset path).</summary>
    InvalidAlias,

    /// <summary>An alias equal to the URL of a page or to another alias.</summary>
    AliasClash,

    /// <summary><c>search: true</c>, but Pagefind was not found (a warning, or an error with <c>--require-search</c>).</summary>
    SearchUnavailable,

    /// <summary>Pagefind could not be started, failed, or did not write its bundle.</summary>
    SearchIndexFailed,

    /// <summary>A theme's <c>search_path</c> UI string that is not a URL segment.</summary>
    InvalidSearchPath,

    /// <summary>An apostrophe inside a single-quoted YAML value, which ends the value early (<c>'L'opposition'</c>).</summary>
    ApostropheInSingleQuotes,

    /// <summary>A colon followed by a space inside an unquoted YAML value (<c>title: Ukraine : la guerre</c>).</summary>
    UnquotedColon,

    /// <summary>A tab in the indentation of YAML, which allows spaces only.</summary>
    TabIndentation,

    /// <summary>A <c>baseUrl</c> on example.org, .com or .net: a warning, an error when the build is a deployment.</summary>
    PlaceholderBaseUrl,

    /// <summary>A lead or body image under /media/ whose bytes cannot be decoded (empty, damaged, cut short, not an image).</summary>
    ImageUndecodable,

    /// <summary>A lead or body image with more pixels than the variant maker accepts (<c>ImageVariantNames.MaxPixels</c>).</summary>
    ImageTooLarge,

    /// <summary>An image whose extension names another format than its bytes (a warning: its variants are made from its real format).</summary>
    ImageExtensionMismatch,
}
