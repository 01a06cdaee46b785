namespace MedDocs.Core.Operations;

/// <summary>
/// What an operation and its factory tell the host while they work, as plain callbacks the host supplies: no host
/// types reach the core. Callbacks may run on worker threads (document warnings come from the loading thread); a host
/// that may write only from one thread queues them. Messages carry counts, names and choices, never document text.
/// </summary>
public sealed class OperationEvents
{
    /// <summary>Nothing is reported (tests, scripts).</summary>
    public static OperationEvents None { get; } = new();

    /// <summary>Something the user should see: a document's incomplete text, a cache problem, a model call that failed over to the rules.</summary>
    public Action<string> Warning { get; init; } = static _ => { };

    /// <summary>Said once and always: the provider auto fell back to the builtin engines (PowerShell warns, the CLI notes).</summary>
    public Action<string> Notice { get; init; } = static _ => { };

    /// <summary>Detail for -Verbose / --verbose: which provider and engine were chosen, counts.</summary>
    public Action<string> Verbose { get; init; } = static _ => { };
}
