using MedDocs.Core.Categorization;
using MedDocs.Core.Clinical;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Phi;
using MedDocs.Core.Providers;
using MedDocs.Core.Tests.Cli;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Security;

/// <summary>
/// Issue 18, item 2: a server's error body is never quoted as it came. Servers that echo their input (a FastAPI 422,
/// a 400 quoting the prompt, a plain-text 500 trace, a 401 quoting the Authorization header) are run against phi,
/// categorize, soap and entities: the error keeps the server's status and code, and holds no name, date of birth,
/// SSN, MRN, phone number or key.
/// </summary>
public sealed class ServerErrorRedactionTests
{
    private const string Key = "sk-meddocs-secret-0123456789";

    private const string Note =
        "PROGRESS NOTE\nPatient: Margaret Whitfield, DOB 03/14/1962, SSN 452-81-3307, MRN: 48213377.\n" +
        "Call back at (503) 555-0142. Chief complaint: cough and fever for four days; crackles at the right base.\n" +
        "Plan: chest X-ray, azithromycin 500 mg daily for three days, follow up in one week.\n";

    private static readonly string[] Secrets = ["Margaret", "Whitfield", "03/14/1962", "452-81-3307", "48213377", "555-0142", Key, "meddocs-secret"];

    public static TheoryData<EchoStyle, string> Styles => new()
    {
        { EchoStyle.FastApi422, "HTTP 422" },
        { EchoStyle.Json400, "HTTP 400" },
        { EchoStyle.PlainText500, "HTTP 500" },
        { EchoStyle.Auth401, "HTTP 401" },
    };

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task NoOperationRepeatsWhatTheServerEchoed(EchoStyle style, string status)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        server.Faults.EchoErrorStyle = style;
        var settings = new MedDocsSettings { Provider = ProviderKind.LMStudio, LMStudioEndpoint = server.V1, ApiKey = Key, MaxRetries = 0 };
        var provider = await Resolve(settings);
        var client = new LlmClient(provider.Target!, LlmClientOptions.From(settings));
        var options = ClinicalOptions.From(settings, provider);
        var operations = new Dictionary<string, Func<Task>>
        {
            ["phi"] = () => FindPhiOperation.Create(settings, provider, new FindPhiRequest { Engine = PhiEngine.Llm }).FindAsync(Document.FromText(Note, "note"), CancellationToken.None),
            ["categorize"] = () => new CategorizeOperation(new CategorizeOptions { Engine = CategorizationEngine.Llm }, provider, settings, new DocumentLoader()).RunAsync(Document.FromText(Note, "note"), CancellationToken.None),
            ["soap"] = () => new SoapNoteOperation(client, options).RunAsync(DocumentSource.FromText(Note), CancellationToken.None),
            ["entities"] = () => new MedicalEntityOperation(client, options).RunAsync(DocumentSource.FromText(Note), CancellationToken.None),
        };

        foreach (var (name, run) in operations)
        {
            server.Faults.EchoErrorNext = 1;
            var error = await Assert.ThrowsAsync<LlmException>(run);

            Assert.Contains(status, error.Message, StringComparison.Ordinal);
            foreach (var secret in Secrets)
            {
                Assert.False(error.Message.Contains(secret, StringComparison.Ordinal), $"{name} ({style}) repeated '{secret}': {error.Message}");
                Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task TheCliPrintsNoIdentifierAServerEchoed()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        server.Faults.EchoErrorStyle = EchoStyle.Json400;

        foreach (var command in new[] { "phi", "categorize", "soap", "entities" })
        {
            server.Faults.EchoErrorNext = 1;
            var args = command switch
            {
                "phi" => new[] { "phi", "--engine", "llm" },
                "categorize" => new[] { "categorize", "--engine", "llm" },
                _ => new[] { command },
            };
            var run = await CliHarness.RunAsync([.. args, "--text", Note, "--endpoint", server.V1.ToString(), "--format", "jsonl"]);

            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains("HTTP 400", run.Err, StringComparison.Ordinal);
            foreach (var secret in Secrets)
            {
                Assert.False(run.Err.Contains(secret, StringComparison.Ordinal) || run.Out.Contains(secret, StringComparison.Ordinal),
                    $"meddocs {command} printed '{secret}': {run.Err}");
            }
        }
    }

    [Theory]
    [InlineData("Invalid Authorization header: Bearer sk-abcdefghijklmnop", "Bearer [secret]")]
    [InlineData("bad key sk-proj-ABCDEFGH12345678 rejected", "bad key [secret] rejected")]
    [InlineData("the key my-plain-key-value is wrong", "the key [secret] is wrong")]
    [InlineData("Authorization: Basic dXNlcjpwYXNz", "Authorization: [secret]")]
    public void SecretsAreRemoved(string raw, string expected) =>
        Assert.Contains(expected, ServerText.Clean(raw, "my-plain-key-value"), StringComparison.Ordinal);

    [Fact]
    public void EchoedInputIsReplacedAndTheServersOwnWordsKept()
    {
        const string Sent = "Patient Oyelaran Thistlewood was seen on the ward today with chest pain radiating to the left arm.";

        var cleaned = ServerText.Clean($"request (9000 tokens) exceeds the available context size (512 tokens): {Sent}", null, [Sent]);

        Assert.StartsWith("request (9000 tokens) exceeds the available context size (512 tokens)", cleaned, StringComparison.Ordinal);
        Assert.Contains("[input]", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("Thistlewood", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("chest pain", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void PhiTheServerAddsOfItsOwnIsTaggedByTheRulesEngine()
    {
        var cleaned = ServerText.Clean("Invalid patient record: SSN 452-81-3307, phone (503) 555-0142, DOB 03/14/1962", null);

        Assert.DoesNotContain("452-81-3307", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("555-0142", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("03/14/1962", cleaned, StringComparison.Ordinal);
        Assert.Contains("[SSN]", cleaned, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void LongMessagesAreCut() =>
        Assert.True(ServerText.Clean(new string('x', 50) + " " + string.Join(' ', Enumerable.Repeat("word", 500)), null).Length <= ServerText.MaxChars);

    private static async Task<ResolvedProvider> Resolve(MedDocsSettings settings)
    {
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(5));
        return await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, CancellationToken.None);
    }
}
