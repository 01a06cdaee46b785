using System.Globalization;

namespace MedDocs.Core;

/// <summary>
/// A message that may name options (<see cref="HostOption"/>) and commands (<see cref="HostCommand"/>) as
/// concepts, so each host words them in its own vocabulary. Written as an interpolated string:
/// <c>HostMessage.Of($"Set {HostOption.Setting("Model")} to a model the server lists.")</c>.
/// Messages may nest: an argument that is itself a <see cref="HostMessage"/> is worded the same way.
/// </summary>
public sealed class HostMessage
{
    private readonly string _format;
    private readonly object?[] _arguments;

    private HostMessage(string format, object?[] arguments)
    {
        _format = format;
        _arguments = arguments;
    }

    public static HostMessage Of(FormattableString message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new HostMessage(message.Format, message.GetArguments());
    }

    /// <summary>Plain text that names no option or command.</summary>
    public static HostMessage Plain(string text) => new("{0}", [text ?? string.Empty]);

    public static implicit operator HostMessage(string text) => Plain(text);

    public bool IsEmpty => _format == "{0}" && _arguments[0] is string { Length: 0 };

    /// <summary>The message in a host's words.</summary>
    public string Word(HostVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var worded = _arguments.Select(argument => argument switch
        {
            HostOption option => vocabulary.Option(option),
            HostCommand command => vocabulary.Command(command),
            HostMessage inner => inner.Word(vocabulary),
            _ => argument,
        }).ToArray();
        return string.Format(CultureInfo.InvariantCulture, _format, worded);
    }

    /// <summary>The message in neutral words (logs, hosts that do not word it themselves).</summary>
    public override string ToString() => Word(HostVocabulary.Neutral);
}
