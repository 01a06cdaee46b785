using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedDocs.Core.Configuration;
using MedDocs.Core.Phi;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// A synthetic progress note several times longer than a 2,048-token context, and a scripted "model"
/// for the simulator that returns the rare surnames it sees (which the rules engine cannot find),
/// one invented name that is not in the text, and the MRN typed as a less specific AccountNumber.
/// </summary>
internal static partial class PhiLongDocument
{
    public const string SmallModel = "phi-small-2k";
    public const string Hallucinated = "Quillon Fairweather";
    public const string Mrn = "4471902";
    public const string RepeatedSurname = "Oyelaran";
    public const string ReflowedAddress = "1420 Larkspur Court";

    /// <summary>Surnames without any cue the rules engine knows: only the model reports them. One per section.</summary>
    public static readonly string[] RareSurnames =
        ["Thistlewood", "Abernathy-Kwan", "Vasquez-Oduya", "Pellegrinetti", "Szczepanski", "Okonkwo-Brandt", "Haverford", "Lindqvist", "Marchetti", "Quarshie"];

    private const string Filler =
        "Vital signs were stable overnight and the patient tolerated oral intake without nausea. " +
        "Pain was controlled on the current regimen and ambulation improved with physical therapy. " +
        "Wound inspection showed clean edges without erythema or drainage. " +
        "Medication reconciliation was completed and no interactions of concern were identified. ";

    public static string Text { get; } = Build();

    /// <summary>Every PHI string planted in the note (for the "never in a log" checks).</summary>
    public static IReadOnlyList<string> PhiStrings { get; } =
    [
        "Maria Lopez", Mrn, "03/14/1951", "(617) 555-0142", "1420 Larkspur", "01/10/2024", "01/17/2024", RepeatedSurname, .. RareSurnames,
    ];

    private static string Build()
    {
        var text = new StringBuilder();
        text.Append("Patient: Maria Lopez\nMRN: ").Append(Mrn).Append("\nDOB: 03/14/1951\nPhone: (617) 555-0142\n");
        text.Append("Home address: 1420 Larkspur\nCourt, Springfield, IL 62704\n");
        text.Append("Admission date: 01/10/2024\nDischarge date: 01/17/2024\n\n");
        text.Append("Family meeting: ").Append(RepeatedSurname).Append(" agreed with the plan. ").Append(Filler);
        text.Append("Second visit: ").Append(RepeatedSurname).Append(" returned.\n\n");
        for (int i = 0; i < RareSurnames.Length; i++)
        {
            text.Append("Section ").Append(i + 1).Append(". ").Append(RareSurnames[i]).Append(" was updated at the bedside. ");
            for (int k = 0; k < 3; k++)
            {
                text.Append(Filler);
            }
            text.Append("\n\n");
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>The simulator model's answer for one request: what a careful model with a few bad habits would say.</summary>
    public static string Respond(SimulatedChatRequest request)
    {
        var excerpt = ExcerptOf(request);
        var findings = new List<object>();
        foreach (var surname in RareSurnames.Append(RepeatedSurname))
        {
            if (excerpt.Contains(surname, StringComparison.Ordinal))
            {
                findings.Add(new { type = "Name", text = surname });
            }
        }
        if (excerpt.Contains(Mrn, StringComparison.Ordinal))
        {
            findings.Add(new { type = "AccountNumber", text = Mrn });
        }
        if (excerpt.Contains("Larkspur", StringComparison.Ordinal))
        {
            findings.Add(new { type = "Location", text = ReflowedAddress });
        }
        findings.Add(new { type = "Name", text = Hallucinated });
        return JsonSerializer.Serialize(new { findings });
    }

    /// <summary>The document excerpt a request carried (between the prompt's markers).</summary>
    public static string ExcerptOf(SimulatedChatRequest request) => ExcerptOf(request.LastUserText);

    public static string ExcerptOf(string userText)
    {
        var match = ExcerptPattern().Match(userText);
        return match.Success ? match.Groups[1].Value : string.Empty;
    }

    [GeneratedRegex(@"<<<EXCERPT\n(.*)\nEXCERPT>>>", RegexOptions.Singleline)]
    private static partial Regex ExcerptPattern();

    public static SimulatorOptions ServerOptions() => new()
    {
        Models =
        [
            new SimulatedModel(SmallModel, SimulatedModelType.Llm, "test", "llama", ModelFormat.Gguf, "Q4_K_M", 2048, Loaded: true),
        ],
    };

    public static MedDocsSettings Settings(SimulatorServer server) => new()
    {
        Provider = ProviderKind.LMStudio,
        Endpoint = server.V1,
        Model = SmallModel,
        MaxRetries = 0,
        TimeoutSec = 30,
    };

    public static async Task<ResolvedProvider> ResolveAsync(MedDocsSettings settings)
    {
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(5));
        return await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, CancellationToken.None);
    }
}
