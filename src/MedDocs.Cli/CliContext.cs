using System.CommandLine;
using MedDocs.Core.Configuration;

namespace MedDocs.Cli;

/// <summary>What a command action needs: parsed options, writers, settings and error reporting.</summary>
public sealed class CliContext
{
    private readonly GlobalOptions _options;

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

    /// <summary>Effective settings with the command line on top; null (after one stderr line) when a setting is invalid.</summary>
    public EffectiveSettings? TryLoadSettings(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var overrides = _options.Overrides(Parse);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }
        try
        {
            return SettingsLoader.LoadForHost(overrides);
        }
        catch (SettingsException ex)
        {
            Err.WriteLine($"meddocs: {ex.Message}");
            return null;
        }
    }

    /// <summary>One line on stderr for one failed item: which item and what to do.</summary>
    public void ItemError(string? item, string message) =>
        Err.WriteLine(item is null ? $"meddocs: {message}" : $"meddocs: {item}: {message}");

    /// <summary>A writer for records in the chosen format.</summary>
    public RecordWriter Records() => new(Out, Format);
}
