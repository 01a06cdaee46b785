using MedDocs.Core.Categorization;
using MedDocs.Core.Clinical;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Embeddings;
using MedDocs.Core.Operations;
using MedDocs.Core.Phi;
using MedDocs.Core.Tests.Cli;
using MedDocs.Core.Tests.Clinical;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Operations;

/// <summary>Every factory's loader takes the PdfPassword setting: an encrypted PDF opens in every capability, and fails without it.</summary>
public sealed class FactoryPdfPasswordTests
{
    private static readonly DocumentSource Locked = DocumentSource.FromFile(CliPdfTests.Fixture("enc-userpw-aes-256.pdf"));

    public static TheoryData<string> Capabilities() => new() { "text", "phi", "categorize", "embed", "soap", "entities" };

    [Theory]
    [MemberData(nameof(Capabilities))]
    public async Task ThePasswordSettingOpensTheEncryptedPdf(string capability)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());

        Assert.True(await ReadAsync(capability, Settings(server) with { PdfPassword = "secret" }), $"{capability} did not read the document's text");
    }

    [Theory]
    [MemberData(nameof(Capabilities))]
    public async Task WithoutThePasswordSettingTheEncryptedPdfIsRefused(string capability)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());

        var error = await Assert.ThrowsAsync<DocumentException>(() => ReadAsync(capability, Settings(server)));

        Assert.Equal(DocumentErrorKind.PasswordProtected, error.Kind);
    }

    private static MedDocsSettings Settings(SimulatorServer server) =>
        new() { Provider = ProviderKind.LMStudio, LMStudioEndpoint = server.V1, Model = ClinicalServer.Model, Cache = false };

    /// <summary>Reads the locked fixture through the capability's factory: true when the result shows its text was read.</summary>
    private static async Task<bool> ReadAsync(string capability, MedDocsSettings settings)
    {
        var events = OperationEvents.None;
        var ct = CancellationToken.None;
        switch (capability)
        {
            case "text":
                using (var text = DocumentTextFactory.Create(settings, new DocumentTextRequest(), events))
                {
                    return (await text.RunAsync(Locked, ct))[0].Characters > 100;
                }
            case "phi":
                using (var phi = await FindPhiFactory.CreateAsync(settings, new FindPhiRequest { Engine = PhiEngine.Rules, Redaction = RedactionMode.Tags }, events, ct))
                {
                    return ((RedactedDocumentRecord)(await phi.RunAsync(Locked, ct)).Records[0]).Text.Length > 100;
                }
            case "categorize":
                using (var categorize = await CategorizeFactory.CreateAsync(settings, new CategorizeRequest { Engine = CategorizationEngine.Rules }, events, ct))
                {
                    var result = await categorize.RunAsync(Locked, ct);
                    return result.Pages > 0 && result.Category is not null;
                }
            case "embed":
                using (var embed = await EmbeddingFactory.CreateAsync(settings with { Provider = ProviderKind.Builtin, EmbeddingModel = "meddocs-hashing-v1" }, new EmbeddingRequest(), events, ct))
                {
                    return (await embed.RunAsync(Locked, ct)).Sum(input => input.Chunk.Length) > 100;
                }
            case "soap":
                using (var soap = await ClinicalFactory.CreateSoapNoteAsync(settings, new ClinicalRequest { PlanOnly = true }, events, ct))
                {
                    return (await soap.PlanAsync(Locked, ct)).Characters > 100;
                }
            default:
                using (var entities = await ClinicalFactory.CreateMedicalEntityAsync(settings, new ClinicalRequest { PlanOnly = true }, events, ct))
                {
                    return (await entities.PlanAsync(Locked, ct)).Characters > 100;
                }
        }
    }
}
