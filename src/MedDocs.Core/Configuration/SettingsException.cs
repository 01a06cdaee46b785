namespace MedDocs.Core.Configuration;

/// <summary>An invalid setting: names the setting, its source and the allowed values.</summary>
public sealed class SettingsException : Exception
{
    public SettingsException(string setting, SettingSource source, string? origin, string message)
        : base(message)
    {
        Setting = setting;
        SettingSource = source;
        Origin = origin;
    }

    public string Setting { get; }
    public SettingSource SettingSource { get; }
    public string? Origin { get; }
}
