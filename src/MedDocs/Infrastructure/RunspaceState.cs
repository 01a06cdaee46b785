using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace MedDocs.Infrastructure;

/// <summary>
/// One <typeparamref name="T"/> per runspace (PSOpenAD's RunspaceSpecificStorage): what a session caches stays in that
/// session, so parallel runspaces and thread jobs never share or race on it, and it goes when the runspace goes.
/// </summary>
internal sealed class RunspaceState<T>
    where T : class, new()
{
    private readonly ConditionalWeakTable<Runspace, T> _states = new();

    /// <summary>The state of the runspace running on this thread.</summary>
    public T Current => Runspace.DefaultRunspace is { } runspace ? _states.GetValue(runspace, _ => new T()) : new T();
}
