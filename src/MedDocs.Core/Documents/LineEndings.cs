namespace MedDocs.Core.Documents;

/// <summary>One line-ending convention (LF) everywhere, so offsets and regexes behave the same for every source.</summary>
internal static class LineEndings
{
    /// <summary>CRLF and lone CR (classic Mac) become LF.</summary>
    public static string ToLf(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
