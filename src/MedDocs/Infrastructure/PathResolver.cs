using System.Management.Automation;
using Microsoft.PowerShell.Commands;

namespace MedDocs.Infrastructure;

/// <summary>
/// Resolves -Path (wildcards) and -LiteralPath to file-system files. A path that matches nothing,
/// is not on the file system, or is a folder becomes one non-terminating error; the rest go on.
/// </summary>
internal static class PathResolver
{
    public static IEnumerable<string> Resolve(PSCmdlet cmdlet, IEnumerable<string> paths, bool literal)
    {
        foreach (var path in paths)
        {
            foreach (var file in ResolveOne(cmdlet, path, literal))
            {
                yield return file;
            }
        }
    }

    private static List<string> ResolveOne(PSCmdlet cmdlet, string path, bool literal)
    {
        var files = new List<string>();
        ProviderInfo provider;
        List<string> candidates;
        try
        {
            if (literal)
            {
                candidates = new List<string> { cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _) };
            }
            else
            {
                candidates = cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider).ToList();
                if (candidates.Count == 0 && ExistsAsWritten(cmdlet, path) is { } literalFile)
                {
                    // "notes[1].txt" as a pattern matches only "notes1.txt"; a file named exactly so is what the user meant.
                    candidates.Add(literalFile);
                }
            }
        }
        catch (ItemNotFoundException)
        {
            WriteNotFound(cmdlet, path);
            return files;
        }
        if (candidates.Count == 0)
        {
            WriteNotFound(cmdlet, path);
            return files;
        }
        if (provider.ImplementingType != typeof(FileSystemProvider))
        {
            cmdlet.WriteError(new ErrorRecord(
                new ArgumentException($"'{path}' is not a file-system path ({provider.Name}); MedDocs reads files only."),
                "PathNotFileSystem", ErrorCategory.InvalidArgument, path));
            return files;
        }
        foreach (var candidate in candidates)
        {
            if (File.Exists(candidate))
            {
                files.Add(candidate);
            }
            else if (Directory.Exists(candidate))
            {
                // Folders arrive naturally from Get-ChildItem; skip them quietly rather than fail.
                cmdlet.WriteVerbose($"Skipping folder '{candidate}'; pipe its files with Get-ChildItem -File.");
            }
            else
            {
                WriteNotFound(cmdlet, candidate);
            }
        }
        return files;
    }

    /// <summary>The file a -Path value names when read literally, or null.</summary>
    private static string? ExistsAsWritten(PSCmdlet cmdlet, string path)
    {
        try
        {
            var literal = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
            return provider.ImplementingType == typeof(FileSystemProvider) && File.Exists(literal) ? literal : null;
        }
        catch (Exception ex) when (ex is ItemNotFoundException or System.Management.Automation.DriveNotFoundException or ProviderNotFoundException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    private static void WriteNotFound(PSCmdlet cmdlet, string path) =>
        cmdlet.WriteError(new ErrorRecord(
            new FileNotFoundException(WildcardPattern.ContainsWildcardCharacters(path)
                ? $"No file matches '{path}'. Check the pattern; for a name that contains [ or ], use -LiteralPath."
                : $"Cannot find '{path}': check the path (use -LiteralPath for names with [ or ])."),
            "FileNotFound", ErrorCategory.ObjectNotFound, path));
}
