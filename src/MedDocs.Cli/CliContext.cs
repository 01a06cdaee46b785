using System.CommandLine;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Operations;

namespace MedDocs.Cli;

/// <summary>What a command action needs: parsed options, writers, settings and error reporting.</summary>
public sealed class CliContext
{
    private readonly GlobalOptions _options;

    /// <summary>Warnings come from loading threads, item errors from the consuming thread: one line at a time.</summary>
    private readonly object _errLock = new();

    private CliContext(ParseResult parse, GlobalOptions options)
    {
        _options = options;
        Parse = parse;
        Out = parse.InvocationConfiguration.Output;
        Err = parse.InvocationConfiguration.Error;
        Format = options.FormatOf(parse);
    }

    public ParseResult Parse { get; }
    public TextWriter Out { get; }
    public TextWriter Err { get; }
    public OutputFormat Format { get; }

    public static CliContext From(ParseResult parse, GlobalOptions options) => new(parse, options);

    /// <summary>The provider options the user gave, as setting overrides; a command adds its own with <c>with</c>.</summary>
    public SettingOverrides Overrides => _options.Overrides(Parse);

    /// <summary>Effective settings with the command line on top; null (after one stderr line) when a setting is invalid.</summary>
    public EffectiveSettings? TryLoadSettings(SettingOverrides? overrides = null)
    {
        try
        {
            var effective = SettingsLoader.LoadForHost((overrides ?? Overrides).ToDictionary());
            Limits = effective.Settings.DocumentLimits;
            return effective;
        }
        catch (SettingsException ex)
        {
            Err.WriteLine($"meddocs: {CliVocabulary.Instance.Message(ex)}");
            return null;
        }
    }

    /// <summary>The document limits of the settings loaded last (defaults before that): they also cap stdin.</summary>
    public DocumentLimits Limits { get; private set; } = new();

    /// <summary>Standard input as bytes (tests give their own).</summary>
    public Stream OpenStandardInput() => _options.StandardInput();

    /// <summary>One line on stderr for one failed item, the remedy in the CLI's words (--model, `meddocs health`).</summary>
    public void ItemError(string? item, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        ItemError(item, CliVocabulary.Instance.Message(error));
    }

    /// <summary>One line on stderr for one failed item: which item and what to do.</summary>
    public void ItemError(string? item, string message)
    {
        lock (_errLock)
        {
            Err.WriteLine(item is null ? $"meddocs: {message}" : $"meddocs: {item}: {message}");
        }
    }

    /// <summary>Where the core's operations report: warnings and notes on stderr, detail only with <paramref name="verbose"/>.</summary>
    public OperationEvents Events(bool verbose) => new()
    {
        Warning = message => Line($"warning: {message}"),
        Notice = message => Line($"note: {message}"),
        Verbose = message =>
        {
            if (verbose)
            {
                Line(message);
            }
        },
    };

    /// <summary>One line on stderr, whole (warnings come from loading threads).</summary>
    private void Line(string message)
    {
        lock (_errLock)
        {
            Err.WriteLine($"meddocs: {message}");
            Err.Flush();
        }
    }

    /// <summary>A writer for records in the chosen format.</summary>
    public RecordWriter Records() => new(Out, Format);
}
