namespace MedDocs.Core.Configuration;

/// <summary>One effective setting as shown to people: secrets are already masked.</summary>
/// <param name="Name">Setting name, e.g. "Provider".</param>
/// <param name="Value">Display value (masked for secrets, null when unset).</param>
/// <param name="Source">Which layer won.</param>
/// <param name="Origin">Where exactly: variable name, file path, or parameter name.</param>
public sealed record SettingEntry(string Name, string? Value, string Source, string? Origin)
{
    /// <summary>The entry with its layer as a name (records carry names, so JSON and CSV agree).</summary>
    public SettingEntry(string name, string? value, SettingSource source, string? origin)
        : this(name, value, source.ToString(), origin)
    {
    }
}
