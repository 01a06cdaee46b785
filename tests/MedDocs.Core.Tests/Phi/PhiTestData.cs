using MedDocs.Core.Phi;
using MedDocs.Evaluation;

namespace MedDocs.Core.Tests.Phi;

/// <summary>Locates the labelled corpora used by the PHI tests.</summary>
internal static class PhiTestData
{
    public static string ClinicalNotesPath => Path.Combine(AppContext.BaseDirectory, "Phi", "Fixtures", "clinical_notes.json");

    /// <summary>presidio-synth lives in ../shared beside the repository (CI clones it there).</summary>
    public static string? PresidioSynthPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "data", "presidio-synth", "synth_dataset_v2.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
            return null;
        }
    }

    /// <summary>The issue-11 corpora (tests/corpora/phi in the repository, found above the test assembly).</summary>
    public static string CorporaDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "tests", "corpora", "phi");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
            throw new DirectoryNotFoundException("tests/corpora/phi not found above the test assembly; run the tests from the repository.");
        }
    }

    /// <summary>One corpus split with its Year spans left out (the rules report years only on request).</summary>
    public static IReadOnlyList<PhiLabelledDocument> Corpus(string style, string split) =>
        PhiCorpusReader.LoadAsync(Path.Combine(CorporaDirectory, $"{style}.{split}.json")).GetAwaiter().GetResult()
            .Select(d => d.WithoutYears())
            .ToList();

    public static IReadOnlyList<PhiLabelledDocument> ClinicalNotes() => PhiCorpusReader.LoadAsync(ClinicalNotesPath).GetAwaiter().GetResult();
}

/// <summary>A fact that skips, with the reason, when ../shared/data/presidio-synth is not beside the repository.</summary>
public sealed class PresidioSynthFactAttribute : FactAttribute
{
    public PresidioSynthFactAttribute()
    {
        if (PhiTestData.PresidioSynthPath is null)
        {
            Skip = "presidio-synth not found: expected ../shared/data/presidio-synth/synth_dataset_v2.json beside the repository.";
        }
    }
}
