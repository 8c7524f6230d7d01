namespace Extractor.Model;

/// <summary>The stable error codes of the output contract (<c>errors[].code</c>). Documented in the README.</summary>
public static class ErrorCodes
{
    public const string NotFound = "not_found";
    public const string Unreadable = "unreadable";
    public const string TooLarge = "too_large";
    public const string EmptyInput = "empty_input";
    public const string Binary = "binary";
    public const string InvalidEncoding = "invalid_encoding";
    public const string UnknownEncoding = "unknown_encoding";
    public const string MalformedJson = "malformed_json";
    public const string MissingContent = "missing_content";
    public const string FetchFailed = "fetch_failed";
    public const string HttpError = "http_error";
    public const string Blocked = "blocked";
    public const string UnsupportedInput = "unsupported_input";
    public const string Timeout = "timeout";
    public const string NoText = "no_text";
    public const string NoArticle = "no_article";
    public const string Internal = "internal_error";
    public const string RobotsDisallowed = "robots_disallowed";
    public const string PrivateAddress = "private_address";
    public const string UnsupportedContent = "unsupported_content";

    /// <summary>A note, not a failure: the page is in another language and the English-only stages were left out.</summary>
    public const string UnsupportedLanguage = "unsupported_language";

    /// <summary>A note, not a failure: the text is longer than the language stages read; they read its first part.</summary>
    public const string TextTruncated = "text_truncated";

    /// <summary>A note, not a failure: the page nests deeper, or has longer attributes, than is parsed as given.</summary>
    public const string MarkupFlattened = "markup_flattened";
}
