using MedDocs.Core;

namespace MedDocs.Infrastructure;

/// <summary>The core's messages in PowerShell's words: parameters as -Model, commands as cmdlets.</summary>
internal sealed class PowerShellVocabulary : HostVocabulary
{
    public static PowerShellVocabulary Instance { get; } = new();

    /// <summary>Settings the cmdlets take as parameters; any other setting is named as a setting.</summary>
    private static readonly HashSet<string> SettingParameters = new(StringComparer.Ordinal)
    {
        "Provider", "Endpoint", "Model", "TimeoutSec", "AllowRemote",
    };

    public override string Option(HostOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        if (option.IsSetting && !SettingParameters.Contains(option.Name))
        {
            return Neutral.Option(option);
        }
        return option.Value is null ? $"-{option.Name}" : $"-{option.Name} {option.Value}";
    }

    public override string Command(HostCommand command) => command switch
    {
        HostCommand.Health => "Test-LMStudio",
        HostCommand.Configuration => "Get-MedDocsConfiguration",
        HostCommand.Text => "Get-DocumentText",
        HostCommand.InstallEmbedder => "'Install-Module MedDocs.MiniLM'",
        _ => Neutral.Command(command),
    };
}
