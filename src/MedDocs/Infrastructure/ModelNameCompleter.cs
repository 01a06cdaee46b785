using System.Collections;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Management.Automation.Language;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Infrastructure;

/// <summary>
/// Tab completion for -Model from the server's model list: a short timeout, cached per endpoint
/// for a minute, every error swallowed (completion must never throw or hang the prompt).
/// </summary>
public sealed class ModelNameCompleter : IArgumentCompleter
{
    private static readonly ConcurrentDictionary<string, (DateTime At, string[] Ids)> Cache = new();

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        try
        {
            var settings = SettingsLoader.LoadForHost(new Dictionary<string, string?>()).Settings;
            var kind = settings.Provider is ProviderKind.Auto or ProviderKind.Builtin ? ProviderKind.LMStudio : settings.Provider;
            var target = ProviderResolver.TargetFor(settings, kind);
            var key = target.Endpoint.ToString();
            if (!Cache.TryGetValue(key, out var cached) || DateTime.UtcNow - cached.At > TimeSpan.FromMinutes(1))
            {
                using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(2));
                var status = new ServerProbe(http).ProbeAsync(target, new ProbeOptions(), CancellationToken.None).GetAwaiter().GetResult();
                cached = (DateTime.UtcNow, status.Models.Select(m => m.Id).ToArray());
                Cache[key] = cached;
            }
            return cached.Ids
                .Where(id => id.StartsWith(wordToComplete ?? string.Empty, StringComparison.OrdinalIgnoreCase))
                .Select(id => new CompletionResult(id.Contains(' ', StringComparison.Ordinal) ? $"'{id}'" : id, id, CompletionResultType.ParameterValue, id))
                .ToList();
        }
#pragma warning disable CA1031 // completion must never surface an error
        catch (Exception)
#pragma warning restore CA1031
        {
            return Array.Empty<CompletionResult>();
        }
    }
}
