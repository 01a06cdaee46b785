using System.Globalization;

namespace MedDocs.Core.Configuration;

/// <summary>The parsers the settings table is built from. Every parser receives trimmed, non-empty text.</summary>
internal static class SettingParsers
{
    public static SettingParser<ProviderKind> Provider { get; } = new(
        "allowed values are " + string.Join(", ", ProviderNames.Canonical),
        ProviderNames.TryParse,
        ProviderNames.Format);

    public static SettingParser<Uri> AbsoluteUrl { get; } = new(
        "allowed values are absolute http:// or https:// URLs, e.g. http://localhost:8000/v1",
        ServerAddress.TryParseAbsolute,
        FormatUri);

    public static SettingParser<bool> Boolean { get; } = new(
        "allowed values are true, false, 1, 0, yes, no, on, off",
        TryParseBoolean,
        value => value ? "true" : "false");

    /// <summary>Free text such as a model name: anything on one line.</summary>
    public static SettingParser<string> Text { get; } = new(
        "allowed values are any text on one line",
        (string text, out string value) =>
        {
            value = text;
            return !text.Any(char.IsControl);
        },
        value => value);

    /// <summary>A key or token: no whitespace, so a pasted line break or stray space is caught early.</summary>
    public static SettingParser<string> Secret { get; } = new(
        "allowed values are text without spaces or line breaks",
        (string text, out string value) =>
        {
            value = text;
            return !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
        },
        value => value);

    /// <summary>A local server's address; see <see cref="ServerAddress.TryNormalize"/>.</summary>
    public static SettingParser<Uri> ServerHost(int defaultPort) => new(
        $"allowed values are http:// or https:// URLs or host:port (http:// and /v1 are added when missing), e.g. localhost:{defaultPort}",
        (string text, out Uri value) => ServerAddress.TryNormalize(text, defaultPort, out value),
        FormatUri);

    /// <summary>A file path; absolute, so a scheduled task and an interactive shell mean the same file.</summary>
    public static SettingParser<string> AbsolutePath { get; } = new(
        "allowed values are absolute file paths, e.g. /var/lib/meddocs/cache.db or D:\\MedDocs\\cache.db",
        (string text, out string value) =>
        {
            value = text;
            return !text.Any(char.IsControl) && Path.IsPathFullyQualified(text) && text.IndexOfAny(Path.GetInvalidPathChars()) < 0;
        },
        value => value);

    public static SettingParser<int> Integer(int minimum, int maximum) => new(
        string.Create(CultureInfo.InvariantCulture, $"allowed range is {minimum:N0} to {maximum:N0} (whole number)"),
        (string text, out int value) =>
            int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            && value >= minimum && value <= maximum,
        value => value.ToString(CultureInfo.InvariantCulture));

    public static SettingParser<long> Long(long minimum, long maximum) => new(
        string.Create(CultureInfo.InvariantCulture, $"allowed range is {minimum:N0} to {maximum:N0} (whole number)"),
        (string text, out long value) =>
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            && value >= minimum && value <= maximum,
        value => value.ToString(CultureInfo.InvariantCulture));

    public static SettingParser<double> Number(double minimum, double maximum) => new(
        string.Create(CultureInfo.InvariantCulture, $"allowed range is {minimum} to {maximum} (use '.' as the decimal separator)"),
        (string text, out double value) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value) && value >= minimum && value <= maximum,
        value => value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>"Name: description; Name2: description2" (see <see cref="Categorization.CategoryList"/>).</summary>
    public static SettingParser<IReadOnlyList<Categorization.CategoryDefinition>> CategoryList { get; } = new(
        "allowed values are 'Name: description' entries separated by ';', with unique names",
        Categorization.CategoryList.TryParse,
        Categorization.CategoryList.Format);

    private static bool TryParseBoolean(string text, out bool value)
    {
        switch (text.ToLowerInvariant())
        {
            case "true" or "1" or "yes" or "on":
                value = true;
                return true;
            case "false" or "0" or "no" or "off":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static string? FormatUri(Uri? uri) => uri?.AbsoluteUri;
}
