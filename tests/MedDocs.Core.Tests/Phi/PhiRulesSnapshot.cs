using System.Globalization;
using System.Text.Json;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// The exact output of the rules engine over every PHI text in the repository (the issue-11 corpora, the clinical
/// fixture, the sample documents), once by default and once with years: type, offset, length, confidence and rule
/// of each finding. Speed work must leave it unchanged (<see cref="PhiRulesSnapshotTests"/>; PhiBench
/// <c>--check-snapshot</c>); a deliberate change of behaviour rewrites it with PhiBench <c>--write-snapshot</c>.
/// Shared by the test project and the PhiBench harness (linked there).
/// </summary>
internal static class PhiRulesSnapshot
{
    /// <summary>Path of the stored snapshot inside the repository.</summary>
    public const string RelativePath = "tests/MedDocs.Core.Tests/Phi/Fixtures/rules_snapshot.txt";

    /// <summary>The repository root: the first folder above <paramref name="start"/> holding MedDocs.sln.</summary>
    public static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MedDocs.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"MedDocs.sln not found above {start}; run from the repository.");
    }

    /// <summary>Every text the snapshot covers, as (key, text), in a fixed order.</summary>
    public static IReadOnlyList<(string Key, string Text)> Documents(string root)
    {
        var documents = new List<(string, string)>();
        var corpusFiles = Directory.EnumerateFiles(Path.Combine(root, "tests", "corpora", "phi"), "*.json")
            .Append(Path.Combine(root, "tests", "MedDocs.Core.Tests", "Phi", "Fixtures", "clinical_notes.json"))
            .Order(StringComparer.Ordinal);
        foreach (var file in corpusFiles)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var record in json.RootElement.EnumerateArray())
            {
                documents.Add(($"{Path.GetFileNameWithoutExtension(file)}/{record.GetProperty("id").GetString()}", record.GetProperty("full_text").GetString()!));
            }
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "samples")).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            documents.Add(($"samples/{Path.GetFileName(file)}", File.ReadAllText(file).ReplaceLineEndings("\n")));
        }
        return documents;
    }

    /// <summary>The snapshot lines of one text: a header line, then one line per finding (years only where they differ).</summary>
    public static IEnumerable<string> Lines(string key, string text, PhiRulesEngine engine, PhiRulesEngine yearEngine)
    {
        yield return "# " + key;
        var plain = engine.Find(text).Select(f => Describe(f, text)).ToList();
        foreach (var line in plain)
        {
            yield return line;
        }
        var withYears = yearEngine.Find(text).Select(f => Describe(f, text)).ToList();
        if (!withYears.SequenceEqual(plain))
        {
            yield return "# years";
            foreach (var line in withYears)
            {
                yield return line;
            }
        }
    }

    /// <summary>The whole snapshot for the repository at <paramref name="root"/>.</summary>
    public static List<string> Compute(string root)
    {
        var engine = new PhiRulesEngine();
        var yearEngine = new PhiRulesEngine { IncludeYears = true };
        return Documents(root).SelectMany(d => Lines(d.Key, d.Text, engine, yearEngine)).ToList();
    }

    /// <summary>The first differences between the stored and the computed snapshot (offsets and rules only, never text).</summary>
    public static List<string> Differences(IReadOnlyList<string> stored, IReadOnlyList<string> computed, int max = 20)
    {
        var differences = new List<string>();
        string section = "";
        int count = Math.Max(stored.Count, computed.Count);
        for (int i = 0; i < count && differences.Count < max; i++)
        {
            string? expected = i < stored.Count ? stored[i] : null;
            string? actual = i < computed.Count ? computed[i] : null;
            if (expected is not null && expected.StartsWith("# ", StringComparison.Ordinal) && expected == actual)
            {
                section = expected;
            }
            if (expected != actual)
            {
                differences.Add($"line {i + 1} (in {section}): expected [{expected ?? "end"}], got [{actual ?? "end"}]");
            }
        }
        return differences;
    }

    /// <summary>One finding; its Text is implied by the offsets, so only a mismatch is written.</summary>
    private static string Describe(PhiFinding f, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"{f.Type} {f.Start} {f.Length} {f.Confidence:R} {f.Rule}{(f.Engine == PhiFinding.RulesEngine ? "" : " " + f.Engine)}")
        + (f.Start >= 0 && f.End <= text.Length && f.Text == text.Substring(f.Start, f.Length) ? "" : " TEXT-MISMATCH");
}
