namespace MedDocs.Core.Configuration;

/// <summary>One effective setting as shown to people: secrets are already masked.</summary>
/// <param name="Name">Setting name, e.g. "Provider".</param>
/// <param name="Value">Display value (masked for secrets, null when unset).</param>
/// <param name="Source">Which layer won.</param>
/// <param name="Origin">Where exactly: variable name, file path, or parameter name.</param>
public sealed record SettingEntry(string Name, string? Value, SettingSource Source, string? Origin);
