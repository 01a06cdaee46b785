using System.Security.Cryptography;
using System.Text;

namespace MedDocs.Core.Phi;

/// <summary>
/// Replaces findings in a text with type tags or consistent surrogates. Overlapping findings are merged
/// first, so findings from several engines can be passed together.
/// </summary>
public static class PhiRedactor
{
    /// <summary>Redacts <paramref name="findings"/> (offsets into <paramref name="text"/>).</summary>
    /// <param name="seed">
    /// Surrogate mode: with a seed, the same document always gets the same surrogates and date offset
    /// (the seed is mixed with a hash of the document); without one, a fresh random seed is drawn.
    /// </param>
    /// <param name="includeMap">Return the original→substitute map. It holds the PHI: only ask for it when it is needed.</param>
    /// <exception cref="ArgumentException">A finding lies outside the text or its text differs from the text at its offsets.</exception>
    public static RedactionResult Redact(string text, IReadOnlyList<PhiFinding> findings, RedactionMode mode, int? seed = null, bool includeMap = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        for (int i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            if (f.Start < 0 || f.End > text.Length || string.CompareOrdinal(text, f.Start, f.Text, 0, f.Length) != 0 || f.Text.Length != f.Length)
            {
                throw new ArgumentException(
                    $"Finding {i} ({f.Type} at offset {f.Start}, length {f.Length}) does not match the text; pass findings computed for this same text.",
                    nameof(findings));
            }
        }
        var merged = PhiMerger.Merge(findings);
        SurrogateGenerator? surrogates = mode == RedactionMode.Surrogate ? CreateGenerator(text, merged, seed) : null;

        var output = new StringBuilder(text.Length);
        var map = includeMap ? new List<Replacement>(merged.Count) : null;
        int cursor = 0;
        foreach (var finding in merged)
        {
            output.Append(text, cursor, finding.Start - cursor);
            string substitute = surrogates?.SurrogateFor(finding) ?? Tag(finding.Type);
            map?.Add(new Replacement(finding.Type, finding.Start, finding.Length, finding.Text, output.Length, substitute.Length, substitute));
            output.Append(substitute);
            cursor = finding.End;
        }
        output.Append(text, cursor, text.Length - cursor);
        return new RedactionResult(output.ToString(), merged.Count, map);
    }

    /// <summary>The tag for a type: "[NAME]", "[HEALTH_PLAN_ID]", "[IP_ADDRESS]" …</summary>
    public static string Tag(PhiType type) => type switch
    {
        PhiType.HealthPlanId => "[HEALTH_PLAN_ID]",
        PhiType.AccountNumber => "[ACCOUNT]",
        PhiType.LicenseNumber => "[LICENSE]",
        PhiType.VehicleId => "[VEHICLE_ID]",
        PhiType.DeviceId => "[DEVICE_ID]",
        PhiType.IpAddress => "[IP_ADDRESS]",
        PhiType.Other => "[ID]",
        _ => "[" + type.ToString().ToUpperInvariant() + "]",
    };

    private static SurrogateGenerator CreateGenerator(string text, IReadOnlyList<PhiFinding> findings, int? seed)
    {
        int documentSeed = seed is int s ? s ^ StableHash(text) : RandomNumberGenerator.GetInt32(int.MaxValue);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var finding in findings)
        {
            foreach (var word in finding.Text.Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word.TrimEnd('.'));
            }
        }
        // Random is used for variety, not secrecy: with a seed the output must be reproducible.
#pragma warning disable CA5394
        return new SurrogateGenerator(new Random(documentSeed), words);
#pragma warning restore CA5394
    }

    /// <summary>FNV-1a over the UTF-16 code units: unlike string.GetHashCode, the same in every process.</summary>
    private static int StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }
        return unchecked((int)hash);
    }
}
