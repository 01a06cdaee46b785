using System.CommandLine;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Operations;

namespace MedDocs.Cli;

/// <summary>
/// The options every document command takes, declared once: files and folders (a folder means its files, not
/// recursive), "-" for text on stdin, or --text; --password for encrypted PDFs (the PdfPassword setting, also
/// MEDDOCS_PDF_PASSWORD); --throttle-limit; --verbose. Missing paths are reported, not fatal.
/// </summary>
public sealed class DocumentInputs
{
    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Files or folders to read; '-' reads document text from stdin",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?>? _text;
    private readonly Option<int?> _throttle = new("--throttle-limit") { Description = "Items processed at once (default 4)" };
    private readonly Option<string?> _password = new("--password") { Description = "Password for encrypted PDFs (or set MEDDOCS_PDF_PASSWORD to keep it out of shell history)" };
    private readonly Option<bool> _verbose = new("--verbose") { Description = "Counts and choices on stderr: provider, engine, cache use (never document text)" };

    /// <param name="acceptsText">Whether --text is offered (every command but `text`, which shows files' text).</param>
    public DocumentInputs(bool acceptsText = true)
    {
        _text = acceptsText ? new Option<string?>("--text") { Description = "Document text given directly instead of files" } : null;
    }

    /// <summary>Adds the options to a command, before its own.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Add(_paths);
        if (_text is not null)
        {
            command.Add(_text);
        }
        command.Add(_password);
        command.Add(_throttle);
        command.Add(_verbose);
    }

    /// <summary>The provider options plus --password, as setting overrides.</summary>
    public SettingOverrides Overrides(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        return cli.Overrides with { PdfPassword = cli.Parse.GetValue(_password) };
    }

    public bool Verbose(CliContext cli) => cli.Parse.GetValue(_verbose);

    /// <summary>Where the operation reports (detail only with --verbose).</summary>
    public OperationEvents Events(CliContext cli) => cli.Events(Verbose(cli));

    public int ThrottleLimit(CliContext cli, MedDocsSettings settings) => cli.Parse.GetValue(_throttle) ?? settings.ThrottleLimit;

    /// <summary>The sources the command line names and how many could not be used (already reported on stderr).</summary>
    public (List<DocumentSource> Sources, int Missing) Resolve(CliContext cli) =>
        Resolve(cli, cli.Parse.GetValue(_paths), _text is null ? null : cli.Parse.GetValue(_text));

    /// <summary>
    /// Runs the operation over every input (records written as they finish, one stderr line per failure), then closes
    /// the operation's cache (its counts with --verbose) and the operation.
    /// </summary>
    public async Task<int> RunAsync<TOut>(CliContext cli, MedDocsSettings settings, IDocumentOperation<TOut> operation,
        Func<TOut, IEnumerable<object>> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            var (sources, missing) = Resolve(cli);
            return await BatchCommandRunner.RunAsync(cli, sources, missing, ThrottleLimit(cli, settings), operation.RunAsync, records, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Finish(cli, settings, operation);
        }
    }

    /// <summary>Closes the operation: its cache's run (counts with --verbose), then the operation itself.</summary>
    public void Finish<TOut>(CliContext cli, MedDocsSettings settings, IDocumentOperation<TOut> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        CacheCli.Finish(cli, operation.Cache, settings, Verbose(cli));
        operation.Dispose();
    }

    /// <summary>The sources to process and how many paths could not be used (already reported on stderr).</summary>
    private static (List<DocumentSource> Sources, int Missing) Resolve(CliContext cli, string[]? paths, string? text)
    {
        var sources = new List<DocumentSource>();
        var missing = 0;
        if (text is not null)
        {
            sources.Add(DocumentSource.FromText(text, "text"));
        }
        foreach (var path in paths ?? Array.Empty<string>())
        {
            if (path == "-")
            {
                if (ReadStandardInput(cli) is { } piped)
                {
                    sources.Add(piped);
                }
                else
                {
                    missing++;
                }
            }
            else if (Directory.Exists(path))
            {
                // Hidden files (.gitattributes, .DS_Store) are never documents.
                sources.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .Select(f => DocumentSource.FromFile(Path.GetFullPath(f))));
            }
            else if (File.Exists(path))
            {
                sources.Add(DocumentSource.FromFile(Path.GetFullPath(path)));
            }
            else
            {
                cli.ItemError(path, "not found: check the path.");
                missing++;
            }
        }
        return (sources, missing);
    }

    /// <summary>
    /// Standard input as one document: at most MaxDocumentBytes bytes (more is one clear error, not a crash later),
    /// decoded like a text file (byte-order mark, UTF-8, UTF-16, Windows-1252).
    /// </summary>
    private static DocumentSource? ReadStandardInput(CliContext cli)
    {
        try
        {
            using var input = cli.OpenStandardInput();
            var document = new DocumentLoader(cli.Limits).LoadTextAsync(input, "stdin", CancellationToken.None).GetAwaiter().GetResult();
            return DocumentSource.FromText(document.Text, "stdin");
        }
        catch (DocumentException ex)
        {
            cli.ItemError("stdin", ex);
            return null;
        }
    }
}
