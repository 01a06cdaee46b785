using MedDocs.Core.Phi;

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
