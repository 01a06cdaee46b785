namespace MedDocs.Core.Configuration;

/// <summary>Where an effective setting came from, lowest precedence first.</summary>
public enum SettingSource
{
    Default,
    ConfigFile,
    DotEnv,
    Environment,
    Parameter,
}
