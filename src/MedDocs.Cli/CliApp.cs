using System.CommandLine;
using MedDocs.Cli.Commands;

namespace MedDocs.Cli;

/// <summary>The `meddocs` command tree, built fresh for each run (Program) or test.</summary>
public static class CliApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("MedDocs: process medical and legal documents with local language models.");
        var options = new GlobalOptions();
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
