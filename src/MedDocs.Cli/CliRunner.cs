using System.CommandLine;

namespace MedDocs.Cli;

/// <summary>Parses, maps usage errors to exit code 2, and runs the chosen command.</summary>
public static class CliRunner
{
    public const int Success = 0;
    public const int SomeFailed = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var output = stdout ?? Console.Out;
        var errors = stderr ?? Console.Error;
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                // System.CommandLine lists allowed values on separate lines; one error is one line.
                var message = string.Join(' ', error.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                await errors.WriteLineAsync($"meddocs: {message} (see `meddocs --help`)").ConfigureAwait(false);
            }
            return UsageError;
        }
        var invocation = new InvocationConfiguration { Output = output, Error = errors };
        return await parse.InvokeAsync(invocation).ConfigureAwait(false);
    }
}
