using System.Globalization;

namespace MedDocs.Infrastructure;

/// <summary>Turns the bound provider parameters into setting overrides (validated like any other source).</summary>
internal static class ProviderOverrides
{
    public static Dictionary<string, string?> From(string? provider, string? endpoint, string? model, int? timeoutSec, bool allowRemote)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (provider is not null)
        {
            overrides["Provider"] = provider;
        }
        if (endpoint is not null)
        {
            overrides["Endpoint"] = endpoint;
        }
        if (model is not null)
        {
            overrides["Model"] = model;
        }
        if (timeoutSec is { } timeout)
        {
            overrides["TimeoutSec"] = timeout.ToString(CultureInfo.InvariantCulture);
        }
        if (allowRemote)
        {
            overrides["AllowRemote"] = "true";
        }
        return overrides;
    }
}
