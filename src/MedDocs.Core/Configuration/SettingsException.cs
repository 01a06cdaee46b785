namespace MedDocs.Core.Configuration;

/// <summary>An invalid setting: names the setting, its source and the allowed values.</summary>
public sealed class SettingsException : Exception
{
    public SettingsException(string setting, SettingSource source, string? origin, string message)
        : this(setting, source, origin, HostMessage.Plain(message))
    {
    }

    public SettingsException(string setting, SettingSource source, string? origin, HostMessage message)
        : base(message?.ToString())
    {
        Setting = setting;
        SettingSource = source;
        Origin = origin;
        Wording = message ?? HostMessage.Plain(string.Empty);
    }

    public string Setting { get; }
    public SettingSource SettingSource { get; }
    public string? Origin { get; }

    /// <summary>The message with its options for a host to word (<see cref="HostVocabulary.Message"/>).</summary>
    public HostMessage Wording { get; }
}
