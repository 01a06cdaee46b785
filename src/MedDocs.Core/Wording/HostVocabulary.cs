using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Core;

/// <summary>
/// How a host names options and commands in messages. The core words them neutrally (the setting's name);
/// the PowerShell module and the CLI each derive their own vocabulary.
/// </summary>
public abstract class HostVocabulary
{
    /// <summary>The core's own words: setting and option names, no host's parameter or command syntax.</summary>
    public static HostVocabulary Neutral { get; } = new NeutralVocabulary();

    public abstract string Option(HostOption option);

    /// <summary>
    /// Whether a host names this option as its own parameter or option: every non-setting option does, and of the
    /// settings only those both hosts take on every command; any other setting is named as a setting.
    /// </summary>
    protected static bool IsHostOption(HostOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return !option.IsSetting || SettingsEveryCommandTakes.Contains(option.Name);
    }

    private static readonly HashSet<string> SettingsEveryCommandTakes = new(StringComparer.Ordinal)
    {
        "Provider", "Endpoint", "Model", "TimeoutSec", "AllowRemote",
    };

    public abstract string Command(HostCommand command);

    /// <summary>An exception's message in this host's words (a plain message when it names no option).</summary>
    public string Message(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            MedDocsException known => known.Wording.Word(this),
            LlmException llm => llm.Wording.Word(this),
            SettingsException settings => settings.Wording.Word(this),
            _ => exception.Message,
        };
    }

    private sealed class NeutralVocabulary : HostVocabulary
    {
        public override string Option(HostOption option)
        {
            ArgumentNullException.ThrowIfNull(option);
            return option.Value is null
                ? $"the {option.Name} {(option.IsSetting ? "setting" : "option")}"
                : $"{option.Name} {option.Value}";
        }

        public override string Command(HostCommand command) => command switch
        {
            HostCommand.Health => "the health check",
            HostCommand.Configuration => "the configuration listing",
            HostCommand.Text => "the text command",
            HostCommand.InstallEmbedder => "from the PowerShell Gallery",
            _ => command.ToString(),
        };
    }
}
