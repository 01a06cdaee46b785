using System.CommandLine;
using MedDocs.Cli;
using MedDocs.Cli.Commands;

// `meddocs`: JSON Lines on stdout, one error line per failed item on stderr,
// exit 0 = all succeeded, 1 = some failed, 2 = usage or configuration error.
var root = new RootCommand("MedDocs: process medical and legal documents with local language models.");
GlobalOptions.AddTo(root);
root.Add(HealthCommand.Create());
root.Add(ConfigCommand.Create());
root.Add(TextCommand.Create());
root.Add(SoapCommand.Create());
root.Add(EntitiesCommand.Create());

return await CliRunner.RunAsync(root, args).ConfigureAwait(false);
