namespace MedDocs.Core.Configuration;

/// <summary>The loaded settings plus, for each one, where it came from.</summary>
public sealed record EffectiveSettings(MedDocsSettings Settings, IReadOnlyList<SettingEntry> Entries);
