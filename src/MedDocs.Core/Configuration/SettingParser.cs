namespace MedDocs.Core.Configuration;

/// <summary>Parses one setting's text (from any source) into its typed value.</summary>
internal delegate bool TryParseSetting<T>(string text, out T value);

/// <summary>
/// How a setting's text becomes a value and back again.
/// </summary>
/// <param name="Allowed">Phrase for error messages and docs, e.g. "allowed range is 1 to 600 (whole number)".</param>
/// <param name="TryParse">Accepts trimmed, non-empty text; false when the text is not allowed.</param>
/// <param name="Format">Display text for a value; null when unset.</param>
internal sealed record SettingParser<T>(string Allowed, TryParseSetting<T> TryParse, Func<T?, string?> Format);
