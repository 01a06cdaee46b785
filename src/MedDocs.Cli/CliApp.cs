using System.CommandLine;
using MedDocs.Cli.Commands;

namespace MedDocs.Cli;

/// <summary>The `meddocs` command tree, built fresh for each run (Program) or test.</summary>
public static class CliApp
{
    /// <param name="standardInput">Where "-" reads from (tests); the console's standard input when null.</param>
    public static RootCommand CreateRoot(Func<Stream>? standardInput = null)
    {
        var root = new RootCommand("MedDocs: process medical and legal documents with local language models.");
        var options = standardInput is null ? new GlobalOptions() : new GlobalOptions { StandardInput = standardInput };
        options.AddTo(root);
        root.Add(HealthCommand.Create(options));
        root.Add(ConfigCommand.Create(options));
        root.Add(TextCommand.Create(options));
        root.Add(EmbedCommand.Create(options));
        root.Add(CategorizeCommand.Create(options));
        root.Add(PhiCommand.Create(options));
        root.Add(SoapCommand.Create(options));
        root.Add(EntitiesCommand.Create(options));
        root.Add(CacheCommand.Create(options));
        return root;
    }
}
