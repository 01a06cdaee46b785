using MedDocs.Core;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Cli;

/// <summary>Building an operation with a core factory, and what the exit code is when it cannot be built.</summary>
public static class CliOperation
{
    /// <summary>
    /// The operation, or null after one stderr line with the exit code: 2 when the command line or settings ask for
    /// something impossible (a bad setting, an engine that needs a server when none is in use), 1 when a server
    /// failed (it does not answer, it has no such model) or the machine lacks something (the builtin model).
    /// </summary>
    public static async Task<(T? Operation, int Exit)> CreateAsync<T>(CliContext cli, Func<CancellationToken, Task<T>> factory, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(factory);
        try
        {
            return (await factory(cancellationToken).ConfigureAwait(false), CliRunner.Success);
        }
        catch (SettingsException ex)
        {
            cli.ItemError(null, ex);
            return (null, CliRunner.UsageError);
        }
        catch (LlmException ex)
        {
            cli.ItemError(null, ex);
            return (null, ex.Kind == LlmErrorKind.NoServer && ex.Endpoint is null ? CliRunner.UsageError : CliRunner.SomeFailed);
        }
        catch (MedDocsException ex)
        {
            cli.ItemError(null, ex);
            return (null, ex.Category == ErrorKind.InvalidOperation ? CliRunner.UsageError : CliRunner.SomeFailed);
        }
    }
}
