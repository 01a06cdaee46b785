using System.Text.RegularExpressions;

namespace MedDocs.Core.Clinical;

/// <summary>
/// Checks the format of a suggested ICD-10-CM code (letter other than U, digit, digit or A/B, then optionally a
/// dot and 1–4 characters). Only the format: whether the code exists, and fits, is for a coder to confirm.
/// </summary>
public static partial class IcdCode
{
    [GeneratedRegex("^[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Format();

    public static bool IsValid(string code) => Format().IsMatch(code);

    /// <summary>
    /// The code in canonical form (upper case, no spaces, the dot after the category restored: "e119" → "E11.9"),
    /// or null when it does not have the ICD-10-CM format.
    /// </summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var code = new string(raw.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        if (code.Length > 3 && !code.Contains('.', StringComparison.Ordinal))
        {
            code = code[..3] + "." + code[3..];
        }
        return IsValid(code) ? code : null;
    }
}
