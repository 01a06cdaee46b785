using System.CommandLine;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;

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
            var effective = SettingsLoader.LoadForHost(overrides);
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

    /// <summary>One line on stderr for a document whose text is incomplete (scanned, blank or damaged pages, cut streams).</summary>
    public void Warning(DocumentWarning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        lock (_errLock)
        {
            Err.WriteLine($"meddocs: warning: {warning.Message}");
            Err.Flush();
        }
    }

    /// <summary>A loader for this run's documents: the settings' limits, one shared decoding budget, warnings on stderr.</summary>
    public DocumentLoader Loader(MedDocsSettings settings, MedDocs.Pdf.PdfOpenOptions? pdfOptions = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new DocumentLoader(settings.DocumentLimits, pdfOptions, Warning);
    }

    /// <summary>A writer for records in the chosen format.</summary>
    public RecordWriter Records() => new(Out, Format);
}
