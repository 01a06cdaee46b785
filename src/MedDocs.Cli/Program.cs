using MedDocs.Cli;

// `meddocs`: JSON Lines on stdout, one error line per failed item on stderr,
// exit 0 = all succeeded, 1 = some failed, 2 = usage or configuration error.
return await CliRunner.RunAsync(CliApp.CreateRoot(), args).ConfigureAwait(false);
