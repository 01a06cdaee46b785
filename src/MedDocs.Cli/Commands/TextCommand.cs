using System.CommandLine;
using MedDocs.Core.Documents;

namespace MedDocs.Cli.Commands;

/// <summary>`meddocs text`: the text MedDocs extracts from documents (Get-DocumentText's twin).</summary>
public static class TextCommand
{
    public static Command Create(GlobalOptions options)
    {
        var paths = DocumentInputs.Paths();
        var perPage = new Option<bool>("--per-page") { Description = "One record per page instead of per document" };
        var throttle = DocumentInputs.ThrottleLimit();
        var password = new Option<string?>("--password") { Description = "Password for encrypted PDFs (or set MEDDOCS_PDF_PASSWORD to keep it out of shell history)" };
        var command = new Command("text", "Show the text MedDocs extracts from documents: exactly what a model would see.") { paths, perPage, throttle, password };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cli = CliContext.From(parse, options);
            if (cli.TryLoadSettings() is not { } effective)
            {
                return CliRunner.UsageError;
            }
            var settings = effective.Settings;
            var (sources, missing) = DocumentInputs.Resolve(cli, parse.GetValue(paths), null);
            var secret = parse.GetValue(password) ?? Environment.GetEnvironmentVariable("MEDDOCS_PDF_PASSWORD");
            var loader = cli.Loader(settings, secret is null ? null : new MedDocs.Pdf.PdfOpenOptions { Password = secret });
            var byPage = parse.GetValue(perPage);
            return await BatchCommandRunner.RunAsync(cli, sources, missing, parse.GetValue(throttle) ?? settings.ThrottleLimit,
                async (source, ct) => DocumentTextService.ToRecords(await source.LoadAsync(loader, ct).ConfigureAwait(false), byPage),
                records => records, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
