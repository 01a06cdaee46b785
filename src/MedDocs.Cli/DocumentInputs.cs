using System.CommandLine;
using MedDocs.Core.Documents;

namespace MedDocs.Cli;

/// <summary>
/// The document inputs every document command takes: files and folders (a folder means its files,
/// not recursive), "-" for text on stdin, or --text. Missing paths are reported, not fatal.
/// </summary>
public static class DocumentInputs
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files or folders to read; '-' reads document text from stdin",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string?> Text() => new("--text") { Description = "Document text given directly instead of files" };

    public static Option<int?> ThrottleLimit() => new("--throttle-limit") { Description = "Items processed at once (default 4)" };

    /// <summary>The sources to process and how many paths could not be used (already reported on stderr).</summary>
    public static (List<DocumentSource> Sources, int Missing) Resolve(CliContext cli, string[]? paths, string? text)
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
