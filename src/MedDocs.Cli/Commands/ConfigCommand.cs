using System.CommandLine;

namespace MedDocs.Cli.Commands;

/// <summary>`meddocs config`: the effective settings and where each came from, secrets masked.</summary>
public static class ConfigCommand
{
    public static Command Create(GlobalOptions options)
    {
        var command = new Command("config", "Show the effective settings and where each one came from (secrets masked).");
        command.SetAction(parse =>
        {
            var cli = CliContext.From(parse, options);
            if (cli.TryLoadSettings() is not { } effective)
            {
                return CliRunner.UsageError;
            }
            using var records = cli.Records();
            foreach (var entry in effective.Entries)
            {
                records.Write(entry);
            }
            return CliRunner.Success;
        });
        return command;
    }
}
