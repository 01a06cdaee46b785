using System.Text.Json;
using MedDocs.Core.Clinical;
using MedDocs.Core.Documents;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Clinical;

public sealed class MedicalEntityTests
{
    /// <summary>What a good model names in <see cref="Consultation.Pneumonia"/>, quoted with its own casing and spacing.</summary>
    private static readonly object[] PneumoniaEntities =
    [
        new { type = "Diagnosis", text = "community-acquired  pneumonia", name = "Community-acquired pneumonia", code = "j189", dose = (string?)null, route = (string?)null, frequency = (string?)null, value = (string?)null, unit = (string?)null, reaction = (string?)null },
        new { type = "Medication", text = "Azithromycin 500 mg", name = "azithromycin", code = (string?)null, dose = "500 mg", route = "by mouth", frequency = "once daily", value = (string?)null, unit = (string?)null, reaction = (string?)null },
        new { type = "Medication", text = "ibuprofen 400 mg", name = "ibuprofen", code = (string?)null, dose = "400 mg", route = (string?)null, frequency = "twice a day", value = (string?)null, unit = (string?)null, reaction = (string?)null },
        new { type = "Symptom", text = "cough", name = "cough", code = (string?)null, dose = (string?)null, route = (string?)null, frequency = (string?)null, value = (string?)null, unit = (string?)null, reaction = (string?)null },
        new { type = "VitalSign", text = "temperature is 101.2 F", name = "temperature", code = (string?)null, dose = (string?)null, route = (string?)null, frequency = (string?)null, value = "101.2", unit = "F", reaction = (string?)null },
        new { type = "VitalSign", text = "blood pressure 132/84", name = "blood pressure", code = (string?)null, dose = (string?)null, route = (string?)null, frequency = (string?)null, value = "132/84", unit = (string?)null, reaction = (string?)null },
        new { type = "Allergy", text = "Penicillin gives me hives", name = "penicillin", code = (string?)null, dose = (string?)null, route = (string?)null, frequency = (string?)null, value = (string?)null, unit = (string?)null, reaction = "hives" },
        new { type = "Procedure", text = "chest X-ray", name = "chest radiograph", code = (string?)null, dose = (string?)null, route = (string?)null, frequency = (string?)null, value = (string?)null, unit = (string?)null, reaction = (string?)null },
    ];

    [Fact]
    public async Task EveryEntityIsLocatedInTheTranscript()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        server.Responder = _ => JsonSerializer.Serialize(new { entities = PneumoniaEntities });
        var operation = new MedicalEntityOperation(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 32768 });

        var entities = await operation.RunAsync(DocumentSource.FromText(Consultation.Pneumonia, "visit"), CancellationToken.None);

        Assert.Equal(PneumoniaEntities.Length, entities.Count);
        Assert.Equal(1, server.Stats.Snapshot().Chat);
        foreach (var entity in entities)
        {
            Assert.True(entity.Found, $"{entity.Type} '{entity.Text}' was not located");
            Assert.Null(entity.Flags);
            var located = Consultation.Pneumonia.Substring(entity.Start, entity.Length);
            Assert.Equal(Squash(entity.Text), Squash(located));
        }
        Assert.Equal("azithromycin 500 mg", At(entities, MedicalEntityType.Medication, "azithromycin"));
        Assert.Equal("community-acquired pneumonia", At(entities, MedicalEntityType.Diagnosis, "Community-acquired pneumonia"));
        Assert.Equal("J18.9", entities.Single(e => e.Type == nameof(MedicalEntityType.Diagnosis)).Code);
        var temperature = entities.Single(e => e.Name == "temperature");
        Assert.Equal(("38.4", "°C"), (temperature.NormalizedValue, temperature.NormalizedUnit));
        var pressure = entities.Single(e => e.Name == "blood pressure");
        Assert.Equal(("132/84", "mmHg"), (pressure.NormalizedValue, pressure.NormalizedUnit));
        Assert.Equal("hives", entities.Single(e => e.Type == nameof(MedicalEntityType.Allergy)).Reaction);
        Assert.All(entities, e => Assert.Equal("visit", e.Path));
    }

    [Fact]
    public async Task AnEntityTheTextDoesNotContainIsFlaggedNotKept()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        object invented = new { type = "Medication", text = "metformin 500 mg", name = "metformin", code = (string?)null, dose = "500 mg", route = (string?)null, frequency = (string?)null, value = (string?)null, unit = (string?)null, reaction = (string?)null };
        object badCode = new { type = "Diagnosis", text = "pneumonia", name = "pneumonia", code = "pneumonia-ICD", dose = (string?)null, route = (string?)null, frequency = (string?)null, value = (string?)null, unit = (string?)null, reaction = (string?)null };
        server.Responder = _ => JsonSerializer.Serialize(new { entities = new[] { PneumoniaEntities[1], invented, badCode } });
        var operation = new MedicalEntityOperation(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 32768 });

        var entities = await operation.RunAsync(DocumentSource.FromText(Consultation.Pneumonia), CancellationToken.None);

        var metformin = entities.Single(e => e.Name == "metformin");
        Assert.False(metformin.Found);
        Assert.Equal(-1, metformin.Start);
        Assert.Equal(MedicalEntities.NotInText, metformin.Flags);
        Assert.True(entities.Single(e => e.Name == "azithromycin").Found);
        var pneumonia = entities.Single(e => e.Type == nameof(MedicalEntityType.Diagnosis));
        Assert.True(pneumonia.Found);
        Assert.Null(pneumonia.Code);
        Assert.Equal(MedicalEntities.InvalidCode, pneumonia.Flags);
    }

    [Fact]
    public async Task AnUnknownEntityTypeIsAnInvalidAnswerAskedForAgain()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        server.Faults.InvalidContentNext = 1;
        var operation = new MedicalEntityOperation(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 32768 });

        await operation.RunAsync(DocumentSource.FromText(Consultation.Pneumonia), CancellationToken.None);

        Assert.Equal(2, server.Stats.Snapshot().Chat);
    }

    [Fact]
    public async Task ALongTranscriptIsExtractedPerChunkAndDeduplicated()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        server.Responder = request => JsonSerializer.Serialize(new
        {
            entities = new object[]
            {
                new { type = "Medication", text = "ibuprofen", name = "ibuprofen", code = (string?)null, dose = (string?)null, route = (string?)null, frequency = (string?)null, value = (string?)null, unit = (string?)null, reaction = (string?)null },
                new { type = "Symptom", text = "stiff", name = "stiffness", code = (string?)null, dose = (string?)null, route = (string?)null, frequency = (string?)null, value = (string?)null, unit = (string?)null, reaction = (string?)null },
            },
        });
        var operation = new MedicalEntityOperation(ClinicalServer.Client(server), new ClinicalOptions { ContextTokens = 4096, AnswerTokens = 512 });
        var transcript = Consultation.Long(30_000, out _);

        var entities = await operation.RunAsync(DocumentSource.FromText(transcript), CancellationToken.None);

        Assert.True(server.Stats.Snapshot().Chat > 1, "one call per chunk");
        Assert.Equal(2, entities.Count);
        Assert.All(entities, e => Assert.True(e.Found));
    }

    private static string At(IReadOnlyList<MedicalEntityRecord> entities, MedicalEntityType type, string name)
    {
        var entity = entities.Single(e => e.Type == type.ToString() && e.Name == name);
        return Consultation.Pneumonia.Substring(entity.Start, entity.Length);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
