using System.Text;
using MedDocs.Core;

namespace MedDocs.Cli;

/// <summary>The core's messages in the CLI's words: options as --model, commands as `meddocs health`.</summary>
public sealed class CliVocabulary : HostVocabulary
{
    public static CliVocabulary Instance { get; } = new();

    public override string Option(HostOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        if (!IsHostOption(option))
        {
            return Neutral.Option(option);
        }
        var name = "--" + Kebab(option.Name);
        // The CLI takes its option values in lower case (--engine rules, --model meddocs-hashing-v1).
        return option.Value is null ? name : $"{name} {option.Value.ToLowerInvariant()}";
    }

    public override string Command(HostCommand command) => command switch
    {
        HostCommand.Health => "`meddocs health`",
        HostCommand.Configuration => "`meddocs config`",
        HostCommand.Text => "`meddocs text`",
        _ => Neutral.Command(command),
    };

    /// <summary>"AllowRemote" → "allow-remote", "NoCache" → "no-cache".</summary>
    private static string Kebab(string name)
    {
        var kebab = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && kebab.Length > 0)
            {
                kebab.Append('-');
            }
            kebab.Append(char.ToLowerInvariant(c));
        }
        return kebab.ToString();
    }
}
