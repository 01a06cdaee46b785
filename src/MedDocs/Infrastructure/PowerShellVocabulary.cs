using MedDocs.Core;

namespace MedDocs.Infrastructure;

/// <summary>The core's messages in PowerShell's words: parameters as -Model, commands as cmdlets.</summary>
internal sealed class PowerShellVocabulary : HostVocabulary
{
    public static PowerShellVocabulary Instance { get; } = new();

    public override string Option(HostOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        if (!IsHostOption(option))
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
